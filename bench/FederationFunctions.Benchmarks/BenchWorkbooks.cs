using FederationFunctions.Core.Model;
using FederationFunctions.Core.Samples;

namespace FederationFunctions.Benchmarks;

/// <summary>Benchmark workbooks built with the sample generator's builders and writers (realistic, valid content).</summary>
internal static class BenchWorkbooks
{
    public const int Year = 2025;
    private const int Seed = 2025;

    public static ReferenceWorkbook Reference(int structures) => SampleReferenceBuilder.Build(Year, structures, new Random(Seed));

    public static byte[] WriteReference(ReferenceWorkbook reference) => SampleReferenceWorkbookWriter.Write(reference);

    /// <summary>The workbook of one member as the sample generator draws it (about 10 meetings, 5 trainings, 4 programme rows).</summary>
    public static CentreWorkbook Member(ReferenceWorkbook reference, MemberStructure member, int index) =>
        new SampleCentreBuilder(reference, new Random(Seed + index)).Build(member.Code, member.Name, member.Department, member.TerritoryCode);

    public static byte[] Write(CentreWorkbook workbook) => SampleCentreWorkbookWriter.Write(workbook, SampleFileStyle.Tidy);

    /// <summary>
    /// One member's workbook grown to the given row counts by taking rows drawn for the member again and again
    /// (each draw is valid on its own; a repeated row may draw a duplicate warning).
    /// </summary>
    public static CentreWorkbook Sized(ReferenceWorkbook reference, int meetings, int trainings, int programmes)
    {
        var member = reference.Structures.First(s => s.IsMember);
        var meetingRows = new List<MeetingRow>();
        var trainingRows = new List<TrainingRow>();
        var programmeRows = new List<ProgrammeRow>();
        CentreWorkbook? first = null;
        for (var draw = 0; meetingRows.Count < meetings || trainingRows.Count < trainings || programmeRows.Count < programmes; draw++)
        {
            var workbook = Member(reference, member, draw);
            first ??= workbook;
            meetingRows.AddRange(workbook.Meetings.Take(meetings - meetingRows.Count));
            trainingRows.AddRange(workbook.Trainings.Take(trainings - trainingRows.Count));
            programmeRows.AddRange(workbook.Programmes.Take(programmes - programmeRows.Count));
        }

        return new CentreWorkbook(first!.Structure, meetingRows, trainingRows, programmeRows);
    }
}
