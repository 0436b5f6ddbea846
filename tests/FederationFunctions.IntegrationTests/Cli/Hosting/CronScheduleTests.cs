using FederationFunctions.Cli.Hosting;

namespace FederationFunctions.IntegrationTests.Cli.Hosting;

public class CronScheduleTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void DefaultSchedule_AfterTwoPm_IsTwoAmNextDay()
    {
        var schedule = CronSchedule.Parse(LocalPipelineLoopOptions.DefaultSchedule);
        Assert.Equal(Utc(2025, 3, 11, 2), schedule.NextAfter(Utc(2025, 3, 10, 14)));
    }

    [Fact]
    public void DefaultSchedule_ExactlyAtTwoAm_IsStrictlyAfter()
    {
        var schedule = CronSchedule.Parse("0 0 2 * * *");
        Assert.Equal(Utc(2025, 3, 11, 2), schedule.NextAfter(Utc(2025, 3, 10, 2)));
    }

    [Fact]
    public void NextAfter_KeepsTheOffsetOfTheGivenTime()
    {
        var paris = TimeSpan.FromHours(1);
        var schedule = CronSchedule.Parse("0 0 2 * * *");
        Assert.Equal(new DateTimeOffset(2025, 3, 11, 2, 0, 0, paris), schedule.NextAfter(new DateTimeOffset(2025, 3, 10, 14, 0, 0, paris)));
    }

    [Theory]
    [InlineData("0 0 2 * * *")]
    [InlineData("0 30 9 * * MON-FRI")]
    [InlineData("0 0 6 1 JAN,JUL *")]
    [InlineData("0 */15 * * * *")]
    public void DocumentedExample_Parses(string expression)
    {
        Assert.NotNull(CronSchedule.TryParse(expression, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void StepInSeconds_AfterSevenSeconds_IsFifteen()
    {
        var schedule = CronSchedule.Parse("*/15 * * * * *");
        Assert.Equal(Utc(2025, 1, 1, 10, 0, 15), schedule.NextAfter(Utc(2025, 1, 1, 10, 0, 7).AddMilliseconds(400)));
    }

    [Fact]
    public void WeekdayRange_AfterFridayMorning_IsMondayHalfPastNine()
    {
        // 14 March 2025 is a Friday.
        var schedule = CronSchedule.Parse("0 30 9 * * 1-5");
        Assert.Equal(Utc(2025, 3, 17, 9, 30), schedule.NextAfter(Utc(2025, 3, 14, 10)));
    }

    [Fact]
    public void DayNames_AfterFridayMorning_IsMondayHalfPastNine()
    {
        var schedule = CronSchedule.Parse("0 30 9 * * MON-FRI");
        Assert.Equal(Utc(2025, 3, 17, 9, 30), schedule.NextAfter(Utc(2025, 3, 14, 10)));
    }

    [Fact]
    public void MonthName_InMarch_IsFirstOfJanuaryNextYear()
    {
        var schedule = CronSchedule.Parse("0 0 6 1 JAN *");
        Assert.Equal(Utc(2026, 1, 1, 6), schedule.NextAfter(Utc(2025, 3, 14)));
    }

    [Fact]
    public void SundayAsZero_MatchesSunday()
    {
        // 16 March 2025 is a Sunday.
        var schedule = CronSchedule.Parse("0 0 6 * * 0");
        Assert.Equal(Utc(2025, 3, 16, 6), schedule.NextAfter(Utc(2025, 3, 14)));
    }

    [Fact]
    public void SundayAsSeven_IsRefusedAsAzureRefusesIt()
    {
        Assert.Null(CronSchedule.TryParse("0 0 6 * * 7", out var error));
        Assert.Contains("jour de la semaine « 7 »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void FiveFields_AreReadWithoutSecondsAsTheHostDoes()
    {
        var schedule = CronSchedule.Parse("30 2 * * *");
        Assert.Equal(Utc(2025, 3, 11, 2, 30), schedule.NextAfter(Utc(2025, 3, 10, 14)));
    }

    [Fact]
    public void ListOfHours_PicksTheNextOne()
    {
        var schedule = CronSchedule.Parse("0 0 8,12,18 * * *");
        Assert.Equal(Utc(2025, 5, 2, 18), schedule.NextAfter(Utc(2025, 5, 2, 12, 0, 1)));
    }

    [Fact]
    public void TwentyNinthOfFebruary_AfterMarch2025_IsIn2028()
    {
        var schedule = CronSchedule.Parse("0 0 0 29 2 *");
        Assert.Equal(Utc(2028, 2, 29), schedule.NextAfter(Utc(2025, 3, 1)));
    }

    [Fact]
    public void ThirtiethOfFebruary_HasNoNextTime()
    {
        var schedule = CronSchedule.Parse("0 0 0 30 2 *");
        Assert.Null(schedule.NextAfter(Utc(2025, 3, 1)));
    }

    [Theory]
    [InlineData("0 0 2 *", "6 champs")]
    [InlineData("0 0 0 2 * * *", "6 champs")]
    [InlineData("0 61 * * * *", "minute « 61 »")]
    [InlineData("0 0 2 * 13 *", "mois « 13 »")]
    [InlineData("0 0 x * * *", "heure « x »")]
    [InlineData("0 0 0 32 0 *", "jour « 32 »")]
    [InlineData("*/a * * * * *", "seconde « */a »")]
    [InlineData("0 0 2 * * LUN", "jour de la semaine « LUN »")]
    [InlineData("", "6 champs")]
    public void InvalidExpression_IsRefusedWithAFrenchMessage(string expression, string expectedInMessage)
    {
        Assert.Null(CronSchedule.TryParse(expression, out var error));
        Assert.Contains(expectedInMessage, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));
    }
}
