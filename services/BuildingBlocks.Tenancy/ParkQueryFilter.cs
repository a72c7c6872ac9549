using System.Linq.Expressions;
using CarbonPlatform.ServiceDefaults.Auth;

namespace CarbonPlatform.BuildingBlocks.Tenancy;

/// <summary>
/// <see cref="ParkVisibility.CanRead"/> as a query filter, for any table that knows a park's operator and region:
/// the database returns only what the caller may see.
/// </summary>
public static class ParkQueryFilter
{
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> source, Caller caller,
        Expression<Func<T, Guid>> operatorOf, Expression<Func<T, string>> regionOf)
    {
        if (caller.IsPlatformAdmin) return source;
        if (caller.IsOperator && caller.OrganizationId is { } organization)
            return source.Where(Apply(operatorOf, id => id == organization));
        if (caller.IsAuthority && RegionCodes.Prefix(caller.RegionCode) is { } prefix)
            return prefix.Length == 0 ? source : source.Where(Apply(regionOf, region => region.StartsWith(prefix)));
        return source.Where(_ => false);
    }

    /// <summary>predicate(selector(x)) as one lambda EF Core can translate.</summary>
    private static Expression<Func<T, bool>> Apply<T, TValue>(Expression<Func<T, TValue>> selector, Expression<Func<TValue, bool>> predicate)
    {
        var body = new Substitute(predicate.Parameters[0], selector.Body).Visit(predicate.Body);
        return Expression.Lambda<Func<T, bool>>(body, selector.Parameters);
    }

    private sealed class Substitute(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
