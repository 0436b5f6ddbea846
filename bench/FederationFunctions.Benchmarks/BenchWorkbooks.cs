using System.Globalization;
using FederationFunctions.Core.Model;
using FederationFunctions.Samples;

namespace FederationFunctions.Benchmarks;

/// <summary>Benchmark workbooks built with the sample generator's builders and writers (realistic, valid content).</summary>
internal static class BenchWorkbooks
{
    public const int Year = 2025;
    private const int Seed = 2025;

    public static ReferenceWorkbook Reference(int structures) => SampleReferenceBuilder.Build(Year, structures, new Random(Seed));

    public static byte[] WriteReference(ReferenceWorkbook reference) => SampleReferenceWorkbookWriter.Write(reference);

    /// <summary>
    /// The workbook of one member at realistic sizes (10 meetings, 5 trainings, 4 programme rows): rows the sample
    /// generator draws for the member, taken from as many draws as needed.
    /// </summary>
    public static CentreWorkbook Member(ReferenceWorkbook reference, MemberStructure member, int index) =>
        Sized(reference, member, index, meetings: 10, trainings: 5, programmes: 4);

    public static byte[] Write(CentreWorkbook workbook) => SampleCentreWorkbookWriter.Write(workbook, SampleFileStyle.Tidy);

    /// <summary>
    /// A member's workbook with the given row counts, taking rows drawn for the member again and again
    /// (each draw is valid on its own).
    /// </summary>
    public static CentreWorkbook Sized(ReferenceWorkbook reference, MemberStructure member, int index, int meetings, int trainings, int programmes)
    {
        var meetingRows = new List<MeetingRow>();
        var trainingRows = new List<TrainingRow>();
        var programmeRows = new List<ProgrammeRow>();
        CentreWorkbook? first = null;
        for (var draw = 0; meetingRows.Count < meetings || trainingRows.Count < trainings || programmeRows.Count < programmes; draw++)
        {
            var workbook = new SampleCentreBuilder(reference, new Random(Seed + (index * 1_000) + draw))
                .Build(member.Code, member.Name, member.Department, member.TerritoryCode);
            first ??= workbook;
            // A meeting equal to an earlier one is a duplicate row (an error): later draws get more volunteers present.
            meetingRows.AddRange(workbook.Meetings.Take(meetings - meetingRows.Count)
                .Select(m => draw == 0 ? m : m with { VolunteerAttendees = m.VolunteerAttendees + draw }));
            trainingRows.AddRange(workbook.Trainings.Take(trainings - trainingRows.Count));
            // A programme row equal to an earlier one is a duplicate (an error): later draws get a numbered title.
            programmeRows.AddRange(workbook.Programmes.Take(programmes - programmeRows.Count)
                .Select(p => draw == 0 ? p : p with { ProjectTitle = (p.ProjectTitle ?? "Projet") + " " + draw.ToString(CultureInfo.InvariantCulture) }));
        }

        return new CentreWorkbook(first!.Structure, [.. meetingRows.OrderBy(m => m.Date)], trainingRows, programmeRows);
    }
}
