using System.Reflection;
using System.Runtime.CompilerServices;
using CarbonPlatform.ActivityData.Recording;
using CarbonPlatform.Domain.Requests;
using Microsoft.AspNetCore.Http;

namespace CarbonPlatform.ActivityData.Tests.Recording;

/// <summary>
/// Rules and the recording pipeline answer with domain outcomes and refusals; only endpoint files speak HTTP. An endpoint
/// file is a type named …Endpoints, …Problems or …Answers, or a use case's handler (a type with a method that takes the
/// request's HttpContext); their own helpers and local functions may return IResult, nothing else may.
/// </summary>
public class EndpointFilesTests
{
    private static readonly string[] EndpointSuffixes = ["Endpoints", "Problems", "Answers"];

    [Fact]
    public void Only_endpoint_files_return_http_results()
    {
        var speaking = typeof(RecordingPipeline).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("CarbonPlatform.ActivityData", StringComparison.Ordinal) == true)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => Mentions(m.ReturnType, typeof(IResult)) && !IsEndpointFile(Outermost(m.DeclaringType!)))
            .Select(m => $"{Outermost(m.DeclaringType!).FullName}.{m.Name}")
            .Distinct().ToList();
        Assert.Empty(speaking);
    }

    [Fact]
    public void Every_refusal_kind_answers_with_its_status()
    {
        var statuses = Enum.GetValues<RefusalKind>().ToDictionary(k => k, CarbonPlatform.ServiceDefaults.Problems.Problems.StatusOf);
        Assert.Equal(new Dictionary<RefusalKind, int>
        {
            [RefusalKind.Invalid] = 400, [RefusalKind.Forbidden] = 403, [RefusalKind.NotFound] = 404,
            [RefusalKind.Conflict] = 409, [RefusalKind.Locked] = 409, [RefusalKind.TooLarge] = 413, [RefusalKind.Stale] = 412,
        }, statuses);
    }

    [Fact]
    public void A_locked_year_is_refused_with_the_year_named()
    {
        var refusal = Refusal.Locked(2024);
        Assert.Equal((RefusalKind.Locked, "year", "period-locked"), (refusal.Kind, refusal.Errors.Single().Field, refusal.Errors.Single().Code));
        Assert.Contains("2024", refusal.Errors.Single().Message);
    }

    private static bool IsEndpointFile(Type type) =>
        EndpointSuffixes.Any(s => type.Name.EndsWith(s, StringComparison.Ordinal))
        || type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Any(m => !m.IsDefined(typeof(CompilerGeneratedAttribute)) && m.GetParameters().Any(p => p.ParameterType == typeof(HttpContext)));

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private static bool Mentions(Type type, Type target) =>
        target.IsAssignableFrom(type) && type != typeof(object)
        || type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, target))
        || type.HasElementType && Mentions(type.GetElementType()!, target);
}
