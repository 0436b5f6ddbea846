using System.Diagnostics.CodeAnalysis;

namespace FederationFunctions.Core.Workbooks;

/// <summary>Either the workbook's cells or the reason the file was refused. Never an exception for bad input.</summary>
public sealed record WorkbookReadResult(WorkbookData? Workbook, FileRefusal? Refusal)
{
    [MemberNotNullWhen(true, nameof(Workbook))]
    [MemberNotNullWhen(false, nameof(Refusal))]
    public bool Succeeded => Workbook is not null;

    public static WorkbookReadResult Success(WorkbookData workbook) => new(workbook, null);

    public static WorkbookReadResult Refused(FileRefusal refusal) => new(null, refusal);
}
