using ClosedXML.Excel;
using FederationFunctions.Core.Model;
using FederationFunctions.Core.Templates;
using FederationFunctions.Samples;

namespace FederationFunctions.Core.Tests.Templates;

/// <summary>A sample 2025 reference, its first member, and that member's template.</summary>
internal static class TemplateFixtures
{
    public static ReferenceWorkbook Reference { get; } = SampleYearGenerator.Generate(new SampleYearOptions(2025, 20, 1)).Reference;

    public static MemberStructure Member { get; } = Reference.Structures.First(s => s.IsMember);

    /// <summary>The member's template, written with <paramref name="options"/>, opened again.</summary>
    public static XLWorkbook Template(CentreTemplateOptions? options = null)
    {
        var stream = new MemoryStream();
        new CentreTemplateWriter(options).Write(Reference, Member, stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }
}
