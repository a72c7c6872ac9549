namespace CarbonPlatform.Launcher;

/// <summary>A service's log file. Output can still arrive after the process exited, so the file is written line by line and never held open.</summary>
internal sealed class ProcessLog(string path)
{
    private readonly Lock _gate = new();

    public void Write(string? line)
    {
        if (line is null) return;
        lock (_gate) File.AppendAllText(path, line + Environment.NewLine);
    }
}
