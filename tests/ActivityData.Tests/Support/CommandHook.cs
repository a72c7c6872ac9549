using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarbonPlatform.ActivityData.Tests.Support;

/// <summary>
/// Lets a test act at an exact point of a request's work: before a query whose SQL matches, <see cref="Before"/> runs
/// (once) and the query waits for it. Races that depend on timing become deterministic.
/// </summary>
public sealed class CommandHook : DbCommandInterceptor
{
    private Func<DbCommand, bool>? _when;
    private Func<Task>? _before;

    public void Once(Func<DbCommand, bool> when, Func<Task> before) => (_when, _before) = (when, before);

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (_when is { } when && when(command) && Interlocked.Exchange(ref _before, null) is { } before)
        {
            _when = null;
            await before();
        }
        return result;
    }
}
