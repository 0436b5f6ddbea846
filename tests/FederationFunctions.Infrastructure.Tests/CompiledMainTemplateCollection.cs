namespace FederationFunctions.Infrastructure.Tests;

/// <summary>Compiles infra/main.bicep once for every test class of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledMainTemplateCollection : ICollectionFixture<CompiledMainTemplate>
{
    public const string Name = "Compiled main template";
}
