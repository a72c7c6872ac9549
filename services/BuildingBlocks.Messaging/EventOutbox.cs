using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CarbonPlatform.BuildingBlocks.Messaging;

public static class EventOutbox
{
    /// <summary>
    /// Stores an integration event with the pending changes of <paramref name="db"/>: it is published if and only if
    /// <c>SaveChanges</c> commits them.
    /// </summary>
    public static OutboxMessage AddEvent<TEvent>(this DbContext db, TEvent message, Guid? organizationId = null, string? correlationId = null)
        where TEvent : class
    {
        var now = DateTime.UtcNow;
        var entry = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            // The runtime type, not the declared one: an event passed as a base type is still relayed as itself.
            MessageType = MessageTypeName(message.GetType()),
            Body = JsonSerializer.Serialize(message, message.GetType(), JsonSerializerOptions.Web),
            OrganizationId = organizationId?.ToString(),
            CorrelationId = correlationId ?? Activity.Current?.TraceId.ToString(),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NextAttemptAt = now,
            OrderingKey = OrderingKeyOf(message),
        };
        db.Set<OutboxMessage>().Add(entry);
        return entry;
    }

    /// <summary>Events naming a park (a <c>ParkId</c> property) are ordered per park; the rest share one group.</summary>
    internal static string OrderingKeyOf(object message) =>
        message.GetType().GetProperty("ParkId")?.GetValue(message) is Guid park ? $"park:{park:N}" : "";

    internal static string MessageTypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
