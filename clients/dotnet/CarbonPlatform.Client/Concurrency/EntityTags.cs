using CarbonPlatform.Client.Models;
using CarbonPlatform.Client.Problems;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace CarbonPlatform.Client.Concurrency;

/// <summary>
/// <c>If-Match</c> on the resources that change (certification applications, reporting periods, webhook subscriptions):
/// read the resource with its tag, send the tag with the change, and the change applies only if nobody changed the resource
/// in between; otherwise it is 412 <c>stale-version</c> (<see cref="IsStaleVersion"/>), nothing changed, and the resource is
/// read again before deciding whether the change still applies. A change answers the new tag, for the change after it.
/// </summary>
public static class EntityTags
{
    /// <summary>
    /// Reads with the tag: <c>var application = await EntityTags.ReadAsync(c =&gt; carbon.V1.CertificationApplications[id].GetAsync(c))</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The answer had no ETag: the resource takes no If-Match.</exception>
    public static Task<Tagged<T>> ReadAsync<T>(Func<Action<RequestConfiguration<DefaultQueryParameters>>, Task<T?>> read) where T : class =>
        SendAsync(null, read);

    /// <summary>
    /// Changes only the version read, and answers the new one:
    /// <c>await EntityTags.ChangeAsync(application.Tag, c =&gt; decisions.PostAsync(decision, c))</c>.
    /// </summary>
    /// <exception cref="Problem">412 <c>stale-version</c> when the resource changed since <paramref name="tag"/> was read.</exception>
    public static Task<Tagged<T>> ChangeAsync<T>(EntityTag tag, Func<Action<RequestConfiguration<DefaultQueryParameters>>, Task<T?>> change) where T : class
    {
        ArgumentNullException.ThrowIfNull(tag);
        return SendAsync(tag, change);
    }

    /// <summary>A change that answers no body (a webhook subscription's deactivation), only if the resource is still at <paramref name="tag"/>.</summary>
    public static Task DeleteAsync(EntityTag tag, Func<Action<RequestConfiguration<DefaultQueryParameters>>, Task> delete)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(delete);
        return delete(IfMatch<DefaultQueryParameters>(tag));
    }

    /// <summary>The request configuration that sends <c>If-Match</c>, for a call that sets nothing else.</summary>
    public static Action<RequestConfiguration<TQuery>> IfMatch<TQuery>(EntityTag tag) where TQuery : class, new()
    {
        ArgumentNullException.ThrowIfNull(tag);
        return configuration => configuration.WithIfMatch(tag);
    }

    /// <summary>Adds <c>If-Match</c> to a request configuration that sets other things too.</summary>
    public static RequestConfiguration<TQuery> WithIfMatch<TQuery>(this RequestConfiguration<TQuery> configuration, EntityTag tag) where TQuery : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(tag);
        configuration.Headers.Remove(EntityTag.IfMatchHeader);
        configuration.Headers.Add(EntityTag.IfMatchHeader, tag.Value);
        return configuration;
    }

    /// <summary>Whether the problem is a 412 for a stale <c>If-Match</c>: read the resource again, then decide anew.</summary>
    public static bool IsStaleVersion(this Problem problem) =>
        problem.ResponseStatusCode == 412 && problem.Has(EntityTag.StaleVersionCode);

    private static async Task<Tagged<T>> SendAsync<T>(EntityTag? ifMatch, Func<Action<RequestConfiguration<DefaultQueryParameters>>, Task<T?>> send) where T : class
    {
        ArgumentNullException.ThrowIfNull(send);
        var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        var value = await send(configuration =>
        {
            if (ifMatch is not null) configuration.WithIfMatch(ifMatch);
            configuration.Options.Add(headers);
        }).ConfigureAwait(false) ?? throw new InvalidOperationException("The platform answered no body.");
        var tag = headers.ResponseHeaders.TryGetValue(EntityTag.ETagHeader, out var values) ? values.FirstOrDefault() : null;
        return new Tagged<T>(value, new EntityTag(tag ?? throw new InvalidOperationException(
            "The answer had no ETag: this resource is not versioned, so a change of it takes no If-Match.")));
    }
}
