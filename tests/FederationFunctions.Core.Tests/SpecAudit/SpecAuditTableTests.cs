using FederationFunctions.Core.Model;
using FederationFunctions.Core.Validation;
using static FederationFunctions.Core.Tests.SpecAudit.SpecAuditFiles;

namespace FederationFunctions.Core.Tests.SpecAudit;

/// <summary>centre-workbook-v1.md § Tables and § Table Rencontres / Formations, on real packages.</summary>
public class SpecAuditTableTests
{
    [Theory]
    [InlineData("Rencontres", "RENCONTRES")]
    [InlineData("Rencontres", "rencontres ")]
    [InlineData("Rencontres", "Rencontres_")]
    [InlineData("Rencontres", "Ren-contres")]
    [InlineData("Rencontres", "Vie fédérale")]
    [InlineData("Rencontres", "VIE_FEDERALE")]
    [InlineData("Rencontres", "Participations")]
    [InlineData("Formations", "Formation")]
    [InlineData("Formations", "FORMATIONS ")]
    [InlineData("Dispositifs", "Projets")]
    [InlineData("Dispositifs", "dispositifs")]
    public async Task TableSheetName_Variant_IsRead(string sheet, string name)
    {
        var package = Centre();
        package[sheet].Name = name;

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(2, result.Workbook!.Meetings.Count);
        Assert.Equal(2, result.Workbook.Trainings.Count);
        Assert.Equal(2, result.Workbook.Programmes.Count);
    }

    [Theory]
    [InlineData("Code", "Date de la rencontre", "Type", "Salariés", "Bénévoles", "Direction")]
    [InlineData("Code rencontre", "date", "TYPE DE RENCONTRE", "SALARIES PRESENTS", "benevoles_presents", "direction_presente")]
    [InlineData("event_code", "date", "event_type", "staff_attendees", "volunteer_attendees", "director_present")]
    [InlineData("Code événement (nb)", "Date ", "Type de rencontre :", "Salariés présents (nb)", "Bénévoles présents nb", "Direction présente ?")]
    public async Task RencontresHeaders_Alternatives_AreRecognised(string a, string b, string c, string d, string e, string f)
    {
        var package = Centre();
        package["Rencontres"].Rows[0] = [a, b, c, d, e, f];

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(new MeetingRow(2, "AT-LIL-01", new DateOnly(2023, 3, 15), EventType.AT, 2, 3, true), result.Workbook!.Meetings[0]);
    }

    [Theory]
    [InlineData("Code formation", "Formation", "Date de début", "Salariés", "Bénévoles")]
    [InlineData("Code", "Titre", "date", "staff_trainees", "volunteer_trainees")]
    [InlineData("action_code", "title", "DATE DE DEBUT", "SALARIES FORMES", "BENEVOLES FORMES")]
    public async Task FormationsHeaders_Alternatives_AreRecognised(string a, string b, string c, string d, string e)
    {
        var package = Centre();
        package["Formations"].Rows[0] = [a, b, c, d, e];

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(new TrainingRow(2, "SAL-REF", "Être référent famille", new DateOnly(2023, 4, 12), 3, 0), result.Workbook!.Trainings[0]);
    }

    [Fact]
    public async Task HeaderRow_BelowTitleRows_AtRow10_IsFound()
    {
        var package = Centre();
        package["Rencontres"].InsertAbove(["Vie fédérale 2023"], null, ["Une ligne par rencontre."], null, null, null, null, null, ["Remplir en bleu"]);

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal([11, 12], result.Workbook!.Meetings.Select(m => m.RowNumber));
    }

    [Fact]
    public async Task HeaderRow_AtRow11_IsNotFound()
    {
        var package = Centre();
        package["Rencontres"].InsertAbove(["Vie fédérale 2023"], null, null, null, null, null, null, null, null, ["Remplir en bleu"]);

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i.Severity == Severity.Error && i.Sheet == "Rencontres");
    }

    [Fact]
    public async Task HeaderRow_WithHalfTheRequiredHeaders_IsTheHeaderRow_MissingOnesAreErrors()
    {
        var package = Centre();
        package["Rencontres"].Rows[0] = ["Code événement", "Date", "Type de rencontre", "Staff", "Volontaires", "Direction présente"];

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Equal(2, result.Issues.Count(i => i.Severity == Severity.Error && i.Sheet == "Rencontres" && i.Row == 1 && i.Column is null));
        Assert.Equal(2, result.Issues.Count(i => i.Severity == Severity.Warning && i.Sheet == "Rencontres" && i.Row == 1));
    }

    [Fact]
    public async Task MergedHeaderCells_TopLeftValueCounts()
    {
        var package = Centre();
        var sheet = package["Rencontres"];
        sheet.InsertAbove(["Code événement", "Participation"]);
        sheet.Rows[1] = [null, "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente"];
        sheet.Merges.Add("A1:A2");
        sheet.Merges.Add("B1:F1");

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal("AT-LIL-01", result.Workbook!.Meetings[0].EventCode);
        Assert.Equal(3, result.Workbook.Meetings[0].RowNumber);
    }

    [Fact]
    public async Task MergedHeaderCell_Horizontal_CountsInItsFirstColumn()
    {
        var package = Centre();
        var sheet = package["Rencontres"];
        sheet.Set(1, "F", "Direction présente").Set(1, "G", null);
        sheet.Merges.Add("F1:G1");

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.True(result.Workbook!.Meetings[0].DirectorPresent);
    }

    [Fact]
    public async Task Columns_InAnyOrder_AreRead()
    {
        var package = Centre();
        var sheet = package["Formations"];
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            sheet.Rows[r] = [.. sheet.Rows[r]!.Reverse()];
        }

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(new TrainingRow(3, "BEN-EMP", "La fonction employeur", null, 0, 2), result.Workbook!.Trainings[1]);
    }

    [Fact]
    public async Task UnknownColumn_IsAWarningOnItsHeader_AndIgnored()
    {
        var package = Centre();
        package["Rencontres"].Set(1, "G", "Commentaire").Set(2, "G", "douze");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Rencontres", 1, "G", "Commentaire");
        Assert.Equal(2, result.Workbook!.Meetings.Count);
    }

    [Fact]
    public async Task InclusiveWritingHeader_IsNotRecognised()
    {
        var package = Centre();
        package["Formations"].Set(1, "D", "Salarié·es formé·es");

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Warning, Sheet: "Formations", Row: 1, Column: "D" });
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Error, Sheet: "Formations", Row: 1, Column: null } && i.Message.Contains("Salariés formés", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Rencontres", "C", "Type de rencontre")]
    [InlineData("Rencontres", "B", "Date")]
    [InlineData("Formations", "A", "Code action")]
    [InlineData("Dispositifs", "C", "Statut")]
    public async Task RequiredColumnMissing_IsAnErrorForTheSheet(string sheetName, string column, string header)
    {
        var package = Centre();
        var sheet = package[sheetName];
        foreach (var row in sheet.Rows)
        {
            row![SpecAuditPackage.ColumnIndex(column)] = null;
        }

        var result = await CheckCentreAsync(package);

        var issue = AssertSingle(result, Severity.Error, sheetName, 1, null);
        Assert.Contains(header, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalColumnsMissing_AreAccepted()
    {
        var package = Centre();
        foreach (var row in package["Rencontres"].Rows)
        {
            row![0] = null;
            row[5] = null;
        }

        foreach (var row in package["Formations"].Rows)
        {
            row![1] = null;
            row[2] = null;
        }

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(new MeetingRow(2, null, new DateOnly(2023, 3, 15), EventType.AT, 2, 3, false), result.Workbook!.Meetings[0]);
    }

    [Fact]
    public async Task BlankRows_AnywhereAreSkipped()
    {
        var package = Centre();
        var sheet = package["Formations"];
        sheet.Rows.Insert(1, null);
        sheet.Rows.Insert(3, [null, " ", null]);
        sheet.Rows.Add(null);
        sheet.Rows.Add(null);
        sheet.Row("SAL-REF", null, null, 1, 1);

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal([3, 5, 8], result.Workbook!.Trainings.Select(t => t.RowNumber));
    }

    [Theory]
    [InlineData("Total")]
    [InlineData("TOTAL")]
    [InlineData("Sous-total")]
    [InlineData("Total général")]
    public async Task TotalRow_IsIgnoredWithAWarning(string label)
    {
        var package = Centre();
        package["Formations"].Row(label, null, null, 3, 2);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Formations", 4, null);
        Assert.Equal(2, result.Workbook!.Trainings.Count);
    }

    [Fact]
    public async Task TotalRow_FirstNonBlankCellInAnotherColumn_IsIgnoredWithAWarning()
    {
        var package = Centre();
        package["Rencontres"].Row(null, null, "TOTAL", RawCell.FormulaNumber("SUM(D2:D3)", "3"), RawCell.FormulaNumber("SUM(E2:E3)", "3"));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Warning, "Rencontres", 4, null);
    }

    [Fact]
    public async Task Attendees_SumZero_IsARowError()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "D", 0).Set(2, "E", 0);

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 2, null);
    }

    [Fact]
    public async Task Trainees_SumZero_IsARowError()
    {
        var package = Centre();
        package["Formations"].Set(3, "E", "0");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Formations", 3, null);
    }

    public static TheoryData<string, EventType> EventTypeSpellings() => new()
    {
        { "Assemblée territoriale", EventType.AT }, { "AT", EventType.AT }, { "assemblee territoriale", EventType.AT },
        { "Réunion des directions", EventType.DIRECTIONS }, { "DIRECTIONS", EventType.DIRECTIONS }, { "CODIR", EventType.DIRECTIONS }, { "codir", EventType.DIRECTIONS },
        { "Réunion des présidences", EventType.PRESIDENCES }, { "PRESIDENCES", EventType.PRESIDENCES },
        { "Assemblée générale", EventType.AG }, { "AG", EventType.AG },
        { "Congrès", EventType.CONGRES }, { "CONGRES", EventType.CONGRES }, { "congres", EventType.CONGRES },
        { "Autre rencontre", EventType.AUTRE }, { "AUTRE", EventType.AUTRE }, { "Autre", EventType.AUTRE },
    };

    [Theory]
    [MemberData(nameof(EventTypeSpellings))]
    public async Task EventType_LabelCodeOrAlternative_IsRecognised(string text, EventType expected)
    {
        var package = Centre();
        package["Rencontres"].Set(2, "C", text);

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(expected, result.Workbook!.Meetings[0].EventType);
    }

    [Fact]
    public async Task RencontresDate_OutsideTheActivityYear_IsAnError()
    {
        var package = Centre();
        package["Rencontres"].Set(3, "B", RawCell.DateSerial(2024, 1, 5, RawCell.StyleDdMmYyyy));

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Rencontres", 3, "B", "Date", "05/01/2024");
    }

    [Fact]
    public async Task FormationsDate_OutsideTheActivityYear_IsAnError()
    {
        var package = Centre();
        package["Formations"].Set(2, "C", "31/12/2022");

        var result = await CheckCentreAsync(package);

        AssertSingle(result, Severity.Error, "Formations", 2, "C", "Date", "31/12/2022");
    }

    [Fact]
    public async Task FormationsRows_WithTheSameCode_AreAllowed()
    {
        var package = Centre();
        package["Formations"].Row("SAL-REF", "Être référent famille", "12/10/2023", 3, 0);
        package["Formations"].Row("sal-ref ", "Être référent famille", "12/10/2023", 3, 0);

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Equal(4, result.Workbook!.Trainings.Count);
    }

    [Fact]
    public async Task EventCode_ThatIsNotInAnyCalendar_DoesNotChangeTheOutcome()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "A", "INCONNU-99");
        package["Formations"].Set(2, "A", "PAS-AU-CATALOGUE");

        AssertAccepted(await CheckCentreAsync(package));
    }

    [Fact]
    public async Task EveryProblem_IsCollected_InSheetRowColumnOrder()
    {
        var package = Centre();
        package["Rencontres"].Set(2, "D", "deux").Set(3, "C", "Séminaire");
        package["Formations"].Set(2, "D", -1).Set(3, "E", "1,5");

        var result = await CheckCentreAsync(package);

        Assert.Equal(
            [("Rencontres", 2, "D"), ("Rencontres", 3, "C"), ("Formations", 2, "D"), ("Formations", 3, "E")],
            result.Issues.Select(i => (i.Sheet!, i.Row!.Value, i.Column!)));
        Assert.All(result.Issues, i => Assert.Equal(Severity.Error, i.Severity));
    }
}

/// <summary>Optional sheets that are present but declare nothing.</summary>
public class SpecAuditEmptySheetTests
{
    [Theory]
    [InlineData("Rencontres")]
    [InlineData("Formations")]
    [InlineData("Dispositifs")]
    public async Task OptionalSheet_WithItsHeaderRowOnly_DeclaresNothing(string name)
    {
        var package = Centre();
        package[name].Rows.RemoveRange(1, package[name].Rows.Count - 1);

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
    }

    [Fact]
    public async Task OptionalSheet_EntirelyBlank_DeclaresNothing()
    {
        var package = Centre();
        package["Dispositifs"].Rows.Clear();

        var result = await CheckCentreAsync(package);

        AssertAccepted(result);
        Assert.Empty(result.Workbook!.Programmes);
    }

    [Fact]
    public async Task TwoSheetsForTheSameTable_IsAnError()
    {
        var package = Centre();
        package.AddSheet("Participations")
            .Row("Code événement", "Date", "Type de rencontre", "Salariés présents", "Bénévoles présents", "Direction présente")
            .Row("AG-2023", "10/06/2023", "AG", 1, 1, "Non");

        var result = await CheckCentreAsync(package);

        Assert.Equal(UploadOutcome.Rejetee, result.Outcome);
        Assert.Contains(result.Issues, i => i is { Severity: Severity.Error, Sheet: "Participations" });
    }
}
