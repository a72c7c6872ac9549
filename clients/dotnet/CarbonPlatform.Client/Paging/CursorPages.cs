using System.Runtime.CompilerServices;

namespace CarbonPlatform.Client.Paging;

/// <summary>
/// Reads a cursor-paged list (<c>limit</c>, <c>cursor</c> → <c>items</c>, <c>nextCursor</c>) to its end, one page at a
/// time. It knows nothing of a page's type: the caller says how to fetch a page for a cursor and where its items and
/// next cursor are, so the same helper reads every list.
/// </summary>
public static class CursorPages
{
    /// <summary>Every item of every page, in order; the next page is fetched only when the items before are consumed.</summary>
    /// <param name="fetch">Fetches the page after <c>cursor</c> (null for the first page).</param>
    /// <param name="items">A page's items.</param>
    /// <param name="nextCursor">A page's next cursor, null or empty on the last page.</param>
    /// <param name="cancellationToken">Stops between pages and is passed to <paramref name="fetch"/>.</param>
    public static async IAsyncEnumerable<TItem> ReadAllAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextCursor,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(nextCursor);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await fetch(cursor, cancellationToken).ConfigureAwait(false);
            if (page is null) yield break;
            foreach (var item in items(page) ?? []) yield return item;
            cursor = nextCursor(page);
            // A cursor handed out twice would loop for ever: stop loudly instead.
            if (!string.IsNullOrEmpty(cursor) && !seen.Add(cursor))
                throw new InvalidOperationException($"The list answered the cursor '{cursor}' twice; paging stopped.");
        }
        while (!string.IsNullOrEmpty(cursor));
    }

    /// <summary>Every item of every page, collected.</summary>
    public static async Task<List<TItem>> ToListAsync<TPage, TItem>(
        Func<string?, CancellationToken, Task<TPage?>> fetch,
        Func<TPage, IEnumerable<TItem>?> items,
        Func<TPage, string?> nextCursor,
        CancellationToken cancellationToken = default)
    {
        var all = new List<TItem>();
        await foreach (var item in ReadAllAsync(fetch, items, nextCursor, cancellationToken).ConfigureAwait(false)) all.Add(item);
        return all;
    }
}
