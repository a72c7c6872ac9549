using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ServiceDefaults.OpenApi;

/// <summary>
/// The request body an endpoint documents. Endpoints that validate their body themselves (so that every error names its
/// line and field) bind it as a JsonElement; this names the record that body follows, and an example of it.
/// </summary>
public sealed record ContractRequest(Type Type, object? Example);

public static class ContractEndpointConventions
{
    /// <summary>The body is described by <typeparamref name="T"/> (application/json), with an example when given.</summary>
    public static RouteHandlerBuilder WithRequest<T>(this RouteHandlerBuilder builder, T? example = default) where T : class =>
        builder.WithMetadata(new ContractRequest(typeof(T), example)).Accepts<T>("application/json");

    /// <summary>The operation answers <paramref name="status"/> with a <typeparamref name="T"/> body.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder builder, int status = StatusCodes.Status200OK) =>
        builder.Produces<T>(status, "application/json");
}
