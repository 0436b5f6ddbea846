namespace FederationFunctions.Core.Tests;

/// <summary>Tests that measure the process's memory: they run alone, never beside another test of this assembly.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Memory measurement";
}
