using System.Collections.Concurrent;
using System.Text;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;

namespace FederationFunctions.IntegrationTests.Infrastructure;

/// <summary>A checker for storage tests: the content is a token registered with the result the check gives.</summary>
internal sealed class FakeWorkbookChecker : IWorkbookChecker
{
    private readonly ConcurrentDictionary<string, object> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<object, byte[]> _tokens = new(ReferenceEqualityComparer.Instance);

    public ConcurrentBag<(string FileName, string? Expected)> Calls { get; } = [];

    public byte[] Register(ValidationResult<CentreWorkbook> result) => RegisterAny(result);

    public byte[] Register(ValidationResult<ReferenceWorkbook> result) => RegisterAny(result);

    /// <summary>The content of a result, registered on first use: the same result object always gives the same bytes (identical uploads).</summary>
    public byte[] RegisterOnce(object result) => _tokens.GetOrAdd(result, RegisterAny);

    /// <summary>Content on which the checker fails with an unexpected exception (a defect).</summary>
    public byte[] RegisterDefect() => RegisterAny(new FormatException("Simulated checker defect."));

    public async Task<ValidationResult<CentreWorkbook>> CheckCentreWorkbookAsync(Stream content, string fileName, string? expectedStructureCode, CancellationToken cancellationToken)
    {
        Calls.Add((fileName, expectedStructureCode));
        return (ValidationResult<CentreWorkbook>)await LookUpAsync(content, cancellationToken);
    }

    public async Task<ValidationResult<ReferenceWorkbook>> CheckReferenceWorkbookAsync(Stream content, string fileName, int? expectedYear, CancellationToken cancellationToken)
    {
        Calls.Add((fileName, expectedYear?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (ValidationResult<ReferenceWorkbook>)await LookUpAsync(content, cancellationToken);
    }

    private byte[] RegisterAny(object result)
    {
        var token = "fake-workbook:" + Guid.NewGuid().ToString("N");
        _results[token] = result;
        return Encoding.UTF8.GetBytes(token);
    }

    private async Task<object> LookUpAsync(Stream content, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, leaveOpen: false);
        var token = await reader.ReadToEndAsync(cancellationToken);
        var result = _results.TryGetValue(token, out var found) ? found : throw new InvalidOperationException("Unregistered test content.");
        return result is Exception defect ? throw defect : result;
    }
}
