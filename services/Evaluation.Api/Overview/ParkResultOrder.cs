using System.Linq.Expressions;

namespace CarbonPlatform.Evaluation.Overview;

/// <summary>Where a page of the overview ended: the sort it was read in, the sort key of its last row and that row's evaluation.</summary>
public sealed record ParkResultKey(string Sort, bool Descending, double? Number, string? Name, Guid EvaluationId);

/// <summary>
/// The overview's orders and their keysets, compared in the database: (sort key, evaluation id), the id in the key's
/// direction for grade and name, ascending after numbers, and numbers without a value last in either direction. The evaluation id is unique per row, so no row is skipped or read twice between pages.
/// </summary>
public static class ParkResultOrder
{
    public static readonly string[] Sorts = ["grade", "intensity", "ratio12", "ratio123", "name"];

    public static IOrderedQueryable<ParkResultRow> Sorted(this IQueryable<ParkResultRow> rows, string sort, bool descending) => sort switch
    {
        // The id follows the direction, so one ascending index (…, key, EvaluationId) serves both, read forwards or backwards.
        "name" => descending ? rows.OrderByDescending(r => r.ParkName).ThenByDescending(r => r.EvaluationId) : rows.OrderBy(r => r.ParkName).ThenBy(r => r.EvaluationId),
        "grade" => descending ? rows.OrderByDescending(r => r.GradeRank).ThenByDescending(r => r.EvaluationId) : rows.OrderBy(r => r.GradeRank).ThenBy(r => r.EvaluationId),
        _ => SortedByNumber(rows, NumberOf(sort), descending),
    };

    public static IQueryable<ParkResultRow> After(this IQueryable<ParkResultRow> rows, ParkResultKey key)
    {
        var id = key.EvaluationId;
        switch (key.Sort)
        {
            case "name":
                var name = key.Name ?? "";
                return key.Descending
                    ? rows.Where(r => string.Compare(r.ParkName, name) < 0 || (r.ParkName == name && r.EvaluationId.CompareTo(id) < 0))
                    : rows.Where(r => string.Compare(r.ParkName, name) > 0 || (r.ParkName == name && r.EvaluationId.CompareTo(id) > 0));
            case "grade":
                var rank = (int)(key.Number ?? 0);
                return key.Descending
                    ? rows.Where(r => r.GradeRank < rank || (r.GradeRank == rank && r.EvaluationId.CompareTo(id) < 0))
                    : rows.Where(r => r.GradeRank > rank || (r.GradeRank == rank && r.EvaluationId.CompareTo(id) > 0));
        }
        var k = key.Number;
        Expression<Func<double?, Guid, bool>> after = k is null ? (v, e) => v == null && e.CompareTo(id) > 0
            : key.Descending ? (v, e) => v == null || v < k || (v == k && e.CompareTo(id) > 0)
            : (v, e) => v == null || v > k || (v == k && e.CompareTo(id) > 0);
        var number = NumberOf(key.Sort);
        var row = number.Parameters[0];
        var body = new Substitute(new() { [after.Parameters[0]] = number.Body, [after.Parameters[1]] = Expression.Property(row, nameof(ParkResultRow.EvaluationId)) })
            .Visit(after.Body);
        return rows.Where(Expression.Lambda<Func<ParkResultRow, bool>>(body, row));
    }

    public static ParkResultKey KeyOf(ParkResultRow r, string sort, bool descending) => sort switch
    {
        "name" => new(sort, descending, null, r.ParkName, r.EvaluationId),
        "grade" => new(sort, descending, r.GradeRank, null, r.EvaluationId),
        _ => new(sort, descending, NumberOf(sort).Compile()(r), null, r.EvaluationId),
    };

    private static Expression<Func<ParkResultRow, double?>> NumberOf(string sort) => sort switch
    {
        "intensity" => r => r.Intensity,
        "ratio12" => r => r.Ratio12,
        "ratio123" => r => r.Ratio123,
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "not a numeric sort"),
    };

    private static IOrderedQueryable<ParkResultRow> SortedByNumber(IQueryable<ParkResultRow> rows, Expression<Func<ParkResultRow, double?>> number,
        bool descending)
    {
        var row = number.Parameters[0];
        var missing = Expression.Lambda<Func<ParkResultRow, bool>>(Expression.Equal(number.Body, Expression.Constant(null, typeof(double?))), row);
        var withValues = rows.OrderBy(missing);
        return (descending ? withValues.ThenByDescending(number) : withValues.ThenBy(number)).ThenBy(r => r.EvaluationId);
    }

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node, node);
    }
}
