namespace FederationFunctions.Samples;

/// <summary>How a centre typed its workbook: the accepted spellings and value forms of <c>centre-workbook-v1.md</c>.</summary>
internal sealed record SampleFileStyle
{
    public string StructureSheet { get; init; } = "Structure";
    public string MeetingsSheet { get; init; } = "Rencontres";
    public string TrainingsSheet { get; init; } = "Formations";
    public string ProgrammesSheet { get; init; } = "Dispositifs";

    /// <summary>Headers and labels taken from the listed alternatives instead of the French header.</summary>
    public bool AlternativeHeaders { get; init; }

    /// <summary>Title and instruction rows above each table's header row (0 to 3).</summary>
    public int TitleRows { get; init; }

    /// <summary>Columns of each table written in reverse order.</summary>
    public bool ReversedColumns { get; init; }

    /// <summary>Amounts typed as text, e.g. « 3 600,00 € ».</summary>
    public bool MoneyAsText { get; init; }

    /// <summary>Counts and FTE typed as text (« 1 200 », « 12,5 »).</summary>
    public bool NumbersAsText { get; init; }

    public SampleDateForm DateForm { get; init; }

    public SampleYesNoForm YesNoForm { get; init; }

    /// <summary>Structure code typed in lower case with spaces around it.</summary>
    public bool LowerCaseCode { get; init; }

    /// <summary>A typed total row at the end of the meetings table (a warning).</summary>
    public bool TotalRow { get; init; }

    /// <summary>An extra « Commentaire » column (a warning).</summary>
    public bool UnknownColumn { get; init; }

    /// <summary>Optional sheets with nothing to declare are left out instead of being written empty.</summary>
    public bool OmitEmptySheets { get; init; }

    /// <summary>A title row and notes on the Structure form.</summary>
    public bool FormTitle { get; init; }

    /// <summary>True when the file carries warnings (and is "Acceptée avec avertissements").</summary>
    public bool HasWarnings(bool hasMeetings) => UnknownColumn || (TotalRow && hasMeetings);

    public static SampleFileStyle Tidy { get; } = new();

    /// <summary>Draws a style; about a third of the files are tidy, the others mix the accepted forms.</summary>
    public static SampleFileStyle Draw(Random random)
    {
        if (random.Next(3) == 0)
        {
            return Tidy;
        }

        string[] structureSheets = ["Structure", "Fiche structure", "Identité", "STRUCTURE"];
        string[] meetingSheets = ["Rencontres", "Vie fédérale", "Participations", "RENCONTRES", "rencontres_"];
        string[] trainingSheets = ["Formations", "Formation", "FORMATIONS"];
        string[] programmeSheets = ["Dispositifs", "Projets", "dispositifs"];
        return new SampleFileStyle
        {
            StructureSheet = structureSheets[random.Next(structureSheets.Length)],
            MeetingsSheet = meetingSheets[random.Next(meetingSheets.Length)],
            TrainingsSheet = trainingSheets[random.Next(trainingSheets.Length)],
            ProgrammesSheet = programmeSheets[random.Next(programmeSheets.Length)],
            AlternativeHeaders = random.Next(2) == 0,
            TitleRows = random.Next(4),
            ReversedColumns = random.Next(4) == 0,
            MoneyAsText = random.Next(2) == 0,
            NumbersAsText = random.Next(3) == 0,
            DateForm = (SampleDateForm)random.Next(Enum.GetValues<SampleDateForm>().Length),
            YesNoForm = (SampleYesNoForm)random.Next(Enum.GetValues<SampleYesNoForm>().Length),
            LowerCaseCode = random.Next(4) == 0,
            TotalRow = random.Next(6) == 0,
            UnknownColumn = random.Next(6) == 0,
            OmitEmptySheets = random.Next(2) == 0,
            FormTitle = random.Next(2) == 0,
        };
    }
}

/// <summary>How dates are typed.</summary>
internal enum SampleDateForm
{
    /// <summary>A date cell.</summary>
    DateCell,
    /// <summary>« 12 mai 2025 », « 1er juin 2025 ».</summary>
    FrenchText,
    /// <summary>« 12/05/2025 ».</summary>
    SlashText,
    /// <summary>« 2025-05-12 ».</summary>
    IsoText,
    /// <summary>« 12/05/25 ».</summary>
    ShortYearText,
}

/// <summary>How yes/no is typed (no is sometimes left blank).</summary>
internal enum SampleYesNoForm
{
    OuiNon,
    ON,
    XBlank,
    YesNo,
    OneZero,
    VraiFaux,
    BooleanCell,
}
