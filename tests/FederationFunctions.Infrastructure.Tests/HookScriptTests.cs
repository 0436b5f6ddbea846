namespace FederationFunctions.Infrastructure.Tests;

/// <summary>
/// The azd hooks of infra/hooks run against a fake Azure CLI: retries while the host starts, a bounded total time,
/// idempotence, and the blobs_extension key kept off every command line.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HookScriptTests : IDisposable
{
    private const string Key = "FAKE-blobs_extension-key==";
    private const string SubscriptionId = AzdHookEnvironment.SubscriptionId;

    private readonly FakeAzureCli _az = new();

    public void Dispose() => _az.Dispose();

    [Fact]
    public async Task Postdeploy_HostStartingThenKeyMissing_RetriesUntilTheKeyThenCreatesTheSubscriptions()
    {
        var run = await _az.RunHookAsync("postdeploy.sh", Postdeploy(("FAKE_KEY_FAILURES", "2"), ("FAKE_KEY_EMPTY", "1")));

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(4, _az.CallsOf("functionapp keys list").Count);
        Assert.Contains("ServiceUnavailable from host runtime", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("blobs_extension key read (attempt 4)", run.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(4, _az.CurlCalls.Count(call => call.Contains("https://func-federation-abc.azurewebsites.net/", StringComparison.Ordinal)));
        var deployment = Assert.Single(_az.CallsOf("deployment group create"));
        Assert.Contains($"--resource-group rg-federation-test --name event-grid-subscriptions --template-file {RepositoryRoot.Path}/infra/event-grid-subscriptions.bicep", deployment, StringComparison.Ordinal);
        Assert.Contains(
            "systemTopicName=evgt-federation-abc functionAppHostName=func-federation-abc.azurewebsites.net storageAccountName=stfedabc "
            + "uploadsContainerName=uploads referenceContainerName=reference deadLetterContainerName=eventgrid-deadletter",
            deployment,
            StringComparison.Ordinal);
        Assert.EndsWith($"--subscription {SubscriptionId}", deployment, StringComparison.Ordinal);
        Assert.Contains($"\"blobsExtensionKey\":{{\"value\":\"{Key}\"}}", _az.ReadState("parameters-1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postdeploy_KeyNeverAppears_GivesUpWithinItsTimeBoundWithoutSubscribing()
    {
        var run = await _az.RunHookAsync(
            "postdeploy.sh",
            Postdeploy(("FAKE_KEY_FAILURES", "100000"), ("FEDERATION_HOOK_TIMEOUT_SECONDS", "3"), ("FEDERATION_HOOK_RETRY_SECONDS", "1")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gave up after", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("(3 s in all)", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("ServiceUnavailable from host runtime", run.StandardError, StringComparison.Ordinal);
        Assert.InRange(_az.CallsOf("functionapp keys list").Count, 2, 5);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
        Assert.Empty(_az.CallsOf("deployment group create"));
    }

    [Fact]
    public async Task Postdeploy_WebhookValidationFailsTwice_RetriesTheSubscriptions()
    {
        var run = await _az.RunHookAsync("postdeploy.sh", Postdeploy(("FAKE_DEPLOY_FAILURES", "2")));

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(3, _az.CallsOf("deployment group create").Count);
        Assert.Contains("Webhook validation handshake failed", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("created or updated (attempt 3)", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postdeploy_RunTwice_SendsTheSameDeclarativeDeploymentBothTimes()
    {
        var first = await _az.RunHookAsync("postdeploy.sh", Postdeploy());
        var second = await _az.RunHookAsync("postdeploy.sh", Postdeploy());

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        // Same template, names and values; only the private parameters file's temporary path differs.
        var deployments = _az.CallsOf("deployment group create")
            .Select(call => System.Text.RegularExpressions.Regex.Replace(call, "--parameters @\\S+", "--parameters @file"))
            .ToList();
        Assert.Equal(2, deployments.Count);
        Assert.Equal(deployments[0], deployments[1]);
        Assert.Equal(_az.ReadState("parameters-1.json"), _az.ReadState("parameters-2.json"));
        Assert.DoesNotContain(_az.Calls, call => call.Contains(" delete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Postdeploy_NeverPutsTheKeyOnACommandLineNorInItsOutput()
    {
        var run = await _az.RunHookAsync("postdeploy.sh", Postdeploy());

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(_az.Calls, call => call.Contains(Key, StringComparison.Ordinal));
        Assert.DoesNotContain(Key, run.StandardOutput + run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postdeploy_WithoutMainTemplateOutputs_StopsWithAUsageError()
    {
        var environment = new Dictionary<string, string>(Postdeploy(), StringComparer.Ordinal);
        environment.Remove("AZURE_FUNCTION_APP_HOSTNAME");

        var run = await _az.RunHookAsync("postdeploy.sh", environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("AZURE_FUNCTION_APP_HOSTNAME is not set", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(_az.Calls);
    }

    [Fact]
    public async Task Postdeploy_AzureCliNotSignedIn_AsksForAzLogin()
    {
        var run = await _az.RunHookAsync("postdeploy.sh", Postdeploy(("FAKE_ACCOUNT_FAILS", "1")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("run: az login", run.StandardError, StringComparison.Ordinal);
        Assert.Empty(_az.CallsOf("functionapp keys list"));
    }

    [Fact]
    public async Task Postprovision_SecretMissing_CreatesARandomSecretAndRestartsTheApp()
    {
        var run = await _az.RunHookAsync("postprovision.sh", Postprovision());

        Assert.True(run.ExitCode == 0, run.StandardError);
        var secret = _az.ReadState("secret");
        Assert.NotNull(secret);
        Assert.Equal(64, secret.Length);
        Assert.Matches("^[A-Za-z0-9+/=]{64}$", secret);
        Assert.Single(_az.CallsOf("keyvault secret set"));
        Assert.DoesNotContain(_az.Calls, call => call.Contains(secret, StringComparison.Ordinal));
        Assert.Single(_az.CallsOf("functionapp restart"));
    }

    [Fact]
    public async Task Postprovision_SecretExists_LeavesItUnchanged()
    {
        await _az.RunHookAsync("postprovision.sh", Postprovision());
        var secret = _az.ReadState("secret");

        var second = await _az.RunHookAsync("postprovision.sh", Postprovision());

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("already in kv-fed-abc: unchanged", second.StandardOutput, StringComparison.Ordinal);
        Assert.Single(_az.CallsOf("keyvault secret set"));
        Assert.Single(_az.CallsOf("functionapp restart"));
        Assert.Equal(secret, _az.ReadState("secret"));
    }

    [Fact]
    public async Task Postprovision_ForbiddenWhileTheRoleApplies_RetriesThenCreates()
    {
        var run = await _az.RunHookAsync("postprovision.sh", Postprovision(("FAKE_KV_FORBIDDEN", "2")));

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(3, _az.CallsOf("keyvault secret show").Count);
        Assert.NotNull(_az.ReadState("secret"));
    }

    [Fact]
    public async Task Postprovision_ForbiddenForever_GivesUpWithinItsTimeBound()
    {
        var run = await _az.RunHookAsync(
            "postprovision.sh",
            Postprovision(("FAKE_KV_FORBIDDEN", "100000"), ("FEDERATION_HOOK_TIMEOUT_SECONDS", "2"), ("FEDERATION_HOOK_RETRY_SECONDS", "1")));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Forbidden", run.StandardError, StringComparison.Ordinal);
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(10), $"took {run.Elapsed}");
        Assert.Null(_az.ReadState("secret"));
    }

    [Fact]
    public void AzureYaml_RunsBothHooksWithBash()
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "azure.yaml")).ReplaceLineEndings("\n");

        Assert.Contains("  postprovision:\n    shell: sh\n    run: ./infra/hooks/postprovision.sh\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  postdeploy:\n    shell: sh\n    run: ./infra/hooks/postdeploy.sh\n", yaml, StringComparison.Ordinal);
        foreach (var hook in new[] { "postprovision.sh", "postdeploy.sh" })
        {
            var mode = File.GetUnixFileMode(Path.Combine(RepositoryRoot.Path, "infra", "hooks", hook));
            Assert.True(mode.HasFlag(UnixFileMode.UserExecute), $"{hook} is not executable");
        }
    }

    private static Dictionary<string, string> Postdeploy(params (string Name, string Value)[] overrides) =>
        With(AzdHookEnvironment.Postdeploy, [("FAKE_KEY", Key), ("FEDERATION_HOOK_RETRY_SECONDS", "0"), .. overrides]);

    private static Dictionary<string, string> Postprovision(params (string Name, string Value)[] overrides) =>
        With(AzdHookEnvironment.Postprovision, [("FEDERATION_HOOK_RETRY_SECONDS", "0"), .. overrides]);

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, (string Name, string Value)[] overrides)
    {
        var result = new Dictionary<string, string>(environment, StringComparer.Ordinal);
        foreach (var (name, value) in overrides)
        {
            result[name] = value;
        }

        return result;
    }
}
