using System.Linq.Expressions;

namespace CarbonPlatform.ServiceDefaults.Paging;

/// <summary>
/// Keyset paging over a sort key with the id as tie-breaker: the list is ordered by (key, id) and a page starts after the
/// last (key, id) of the page before, both compared in the database (strings and GUIDs through CompareTo, which EF
/// translates to &gt; in SQL on every provider).
/// </summary>
public static class Keyset
{
    public static IOrderedQueryable<T> OrderByKey<T, TSort, TId>(this IQueryable<T> source, Expression<Func<T, TSort>> sort,
        Expression<Func<T, TId>> id, bool descending = false) =>
        descending ? source.OrderByDescending(sort).ThenByDescending(id) : source.OrderBy(sort).ThenBy(id);

    public static IQueryable<T> After<T, TSort, TId>(this IQueryable<T> source, Expression<Func<T, TSort>> sort,
        Expression<Func<T, TId>> id, TSort sortValue, TId idValue, bool descending = false)
    {
        var item = sort.Parameters[0];
        var itemId = new Rebind(id.Parameters[0], item).Visit(id.Body);
        var beyondSort = Beyond(sort.Body, Value(sortValue), descending);
        var sameSort = Expression.Equal(sort.Body, Value(sortValue));
        var beyondId = Beyond(itemId, Value(idValue), descending);
        var body = Expression.OrElse(beyondSort, Expression.AndAlso(sameSort, beyondId));
        return source.Where(Expression.Lambda<Func<T, bool>>(body, item));
    }

    private static Expression Beyond(Expression column, Expression value, bool descending)
    {
        var type = column.Type;
        Expression compared;
        if (type == typeof(string))
            compared = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, value);
        else if (type == typeof(Guid))
            compared = Expression.Call(column, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, value);
        else
            return descending ? Expression.LessThan(column, value) : Expression.GreaterThan(column, value);
        var zero = Expression.Constant(0);
        return descending ? Expression.LessThan(compared, zero) : Expression.GreaterThan(compared, zero);
    }

    /// <summary>A captured value, as a lambda's closure would be: EF sends it as a parameter, not inlined SQL.</summary>
    private static MemberExpression Value<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
