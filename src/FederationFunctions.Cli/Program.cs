using FederationFunctions.Cli;
using FederationFunctions.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C asks every command to stop cleanly; a second one ends the process.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await FederationCommandLine.RunAsync(CliContext.FromConsole(), args, cancellation.Token).ConfigureAwait(false);
