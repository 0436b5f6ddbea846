using System.Diagnostics;

namespace FederationFunctions.Infrastructure.Tests;

/// <summary>
/// A folder with a fake <c>az</c> and <c>curl</c> put first on the PATH of the azd hooks under test. The fake CLI logs
/// each call, keeps counters in its state folder, and fails the first N calls of a kind as Azure does while a host
/// starts (ServiceUnavailable), a webhook is validated, or a role assignment propagates (Forbidden).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class FakeAzureCli : IDisposable
{
    private const string AzScript = """
        #!/usr/bin/env bash
        state="$FAKE_STATE"
        printf '%s\n' "$*" >>"$state/calls.log"
        count() { local f="$state/count-$1" n; n=$(( $(cat "$f" 2>/dev/null || echo 0) + 1 )); echo "$n" >"$f"; echo "$n"; }
        case "$1 $2" in
          "account show")
            if [ "${FAKE_ACCOUNT_FAILS:-0}" = 1 ]; then echo "ERROR: Please run 'az login' to setup account." >&2; exit 1; fi
            exit 0 ;;
          "functionapp keys")
            n=$(count keys)
            if [ "$n" -le "${FAKE_KEY_FAILURES:-0}" ]; then
              echo "ERROR: Operation returned an invalid status 'Service Unavailable' (ServiceUnavailable from host runtime)" >&2; exit 1
            fi
            if [ "$n" -le $(( ${FAKE_KEY_FAILURES:-0} + ${FAKE_KEY_EMPTY:-0} )) ]; then exit 0; fi
            echo "$FAKE_KEY"; exit 0 ;;
          "deployment group")
            n=$(count deploy)
            prev=""
            for a in "$@"; do
              if [ "$prev" = "--parameters" ] && [ "${a#@}" != "$a" ]; then cp "${a#@}" "$state/parameters-$n.json"; fi
              prev="$a"
            done
            if [ "$n" -le "${FAKE_DEPLOY_FAILURES:-0}" ]; then
              echo "ERROR: (Url validation) Webhook validation handshake failed for https://app/runtime/webhooks/blobs." >&2; exit 1
            fi
            exit 0 ;;
          "keyvault secret")
            case "$3" in
              show)
                n=$(count kvshow)
                if [ "$n" -le "${FAKE_KV_FORBIDDEN:-0}" ]; then
                  echo "ERROR: (Forbidden) Caller is not authorized to perform action on resource." >&2; exit 1
                fi
                if [ -f "$state/secret" ]; then echo "https://kv.vault.azure.net/secrets/centre-link-secret/1"; exit 0; fi
                echo "ERROR: (SecretNotFound) A secret with (name/id) centre-link-secret was not found in this key vault." >&2; exit 3 ;;
              set)
                prev=""
                for a in "$@"; do [ "$prev" = "--file" ] && cp "$a" "$state/secret"; prev="$a"; done
                exit 0 ;;
            esac ;;
          "functionapp restart") exit 0 ;;
        esac
        echo "fake az: unexpected call: $*" >&2
        exit 99
        """;

    private const string CurlScript = """
        #!/usr/bin/env bash
        printf '%s\n' "$*" >>"$FAKE_STATE/curl.log"
        exit 0
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("federation-fake-az-").FullName;

    public FakeAzureCli()
    {
        Directory.CreateDirectory(BinDirectory);
        Directory.CreateDirectory(StateDirectory);
        WriteExecutable("az", AzScript);
        WriteExecutable("curl", CurlScript);
    }

    public string StateDirectory => Path.Combine(_root, "state");

    private string BinDirectory => Path.Combine(_root, "bin");

    /// <summary>Every call made to the fake CLI, one line each (arguments joined by spaces).</summary>
    public IReadOnlyList<string> Calls => ReadLines("calls.log");

    public IReadOnlyList<string> CallsOf(string command) =>
        Calls.Where(call => call.StartsWith(command + " ", StringComparison.Ordinal)).ToList();

    public IReadOnlyList<string> CurlCalls => ReadLines("curl.log");

    public string? ReadState(string name)
    {
        var path = Path.Combine(StateDirectory, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>Runs a hook of infra/hooks with this fake CLI first on the PATH and the given environment only.</summary>
    public async Task<HookRun> RunHookAsync(string hook, IReadOnlyDictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "infra", "hooks", hook));
        startInfo.Environment.Clear();
        startInfo.Environment["PATH"] = $"{BinDirectory}:/usr/local/bin:/usr/bin:/bin";
        startInfo.Environment["HOME"] = _root;
        startInfo.Environment["FAKE_STATE"] = StateDirectory;
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new HookRun(process.ExitCode, await output, await error, stopwatch.Elapsed);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyList<string> ReadLines(string name)
    {
        var path = Path.Combine(StateDirectory, name);
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }

    private void WriteExecutable(string name, string script)
    {
        var path = Path.Combine(BinDirectory, name);
        File.WriteAllText(path, script.ReplaceLineEndings("\n") + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}

internal sealed record HookRun(int ExitCode, string StandardOutput, string StandardError, TimeSpan Elapsed);
