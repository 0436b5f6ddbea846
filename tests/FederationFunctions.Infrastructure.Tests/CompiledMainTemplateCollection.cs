namespace FederationFunctions.Infrastructure.Tests;

/// <summary>Compiles infra/main.bicep and infra/event-grid-subscriptions.bicep once for every test class of the collection.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledMainTemplateCollection : ICollectionFixture<CompiledMainTemplate>, ICollectionFixture<CompiledEventGridSubscriptionsTemplate>
{
    public const string Name = "Compiled main template";
}
