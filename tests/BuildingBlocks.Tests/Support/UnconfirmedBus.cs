using System.Reflection;
using MassTransit;

namespace CarbonPlatform.BuildingBlocks.Tests.Support;

/// <summary>A bus whose broker never confirms: every publish (any Task-returning call) fails.</summary>
public class UnconfirmedBus : DispatchProxy
{
    public const string Error = "The broker did not confirm the message.";

    public int Calls;

    public static (IBus Bus, UnconfirmedBus Probe) Create()
    {
        var bus = Create<IBus, UnconfirmedBus>();
        return (bus, (UnconfirmedBus)(object)bus);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Interlocked.Increment(ref Calls);
        if (targetMethod?.ReturnType == typeof(Task)) return Task.FromException(new InvalidOperationException(Error));
        throw new NotSupportedException($"{targetMethod?.Name} is not part of this fake.");
    }
}
