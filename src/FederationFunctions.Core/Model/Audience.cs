namespace FederationFunctions.Core.Model;

/// <summary>Public of a catalogue action; absent for a line that is not a training.</summary>
public enum Audience
{
    Salaries,
    Benevoles,
    Mixte,
}
