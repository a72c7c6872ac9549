using System.Buffers.Text;
using System.Text.Json;
using System.Diagnostics.CodeAnalysis;
using CarbonPlatform.Domain.Requests;

namespace CarbonPlatform.ServiceDefaults.Paging;

/// <summary>
/// A request for one page of a list ordered by a key: at most <see cref="Limit"/> items after the key <see cref="After"/>
/// (null for the first page). The cursor a client holds is the last key of the page before, opaque to it (base64url JSON),
/// so a list sorts and resumes in the database (keyset paging), never by skipping rows.
/// </summary>
public sealed record PageRequest<TKey>(int Limit, TKey? After) where TKey : class
{
    /// <summary>Fetch <see cref="Fetch"/> rows (one more than the limit) to know whether another page follows.</summary>
    public int Fetch => Limit + 1;

    public Page<TView> Finish<TItem, TView>(IReadOnlyList<TItem> fetched, Func<TItem, TKey> keyOf, Func<TItem, TView> view)
    {
        var items = fetched.Take(Limit).ToList();
        var next = fetched.Count > Limit ? PageCursor.Encode(keyOf(items[^1])) : null;
        return new Page<TView>(items.Select(view).ToList(), next);
    }

    /// <summary>Reads limit and cursor: the page request, or the refusal (invalid, naming the field) to answer.</summary>
    public static bool TryRead(int? limit, string? cursor, out PageRequest<TKey> request, [NotNullWhen(false)] out Refusal? refusal,
        int defaultLimit = PageLimits.Default, int maxLimit = PageLimits.Max)
    {
        request = new PageRequest<TKey>(defaultLimit, null);
        refusal = null;
        if (limit is { } l && (l < 1 || l > maxLimit))
        {
            refusal = Refusal.Invalid("limit", "invalid-limit", $"limit is from 1 to {maxLimit}.");
            return false;
        }
        TKey? after = null;
        if (!string.IsNullOrEmpty(cursor) && !PageCursor.TryDecode(cursor, out after))
        {
            refusal = Refusal.Invalid("cursor", "invalid-cursor", "cursor must be a nextCursor this list answered, unchanged.");
            return false;
        }
        request = new PageRequest<TKey>(limit ?? defaultLimit, after);
        return true;
    }
}

public static class PageLimits
{
    public const int Default = 100;
    public const int Max = 1000;
}

internal static class PageCursor
{
    /// <summary>A cursor of another list, or cut short, lacks a key part: refused rather than read as a null.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true,
    };

    public static string Encode<TKey>(TKey key) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(key, Json));

    public static bool TryDecode<TKey>(string cursor, out TKey? key) where TKey : class
    {
        key = null;
        if (cursor.Length > 2048) return false;
        try
        {
            key = JsonSerializer.Deserialize<TKey>(Base64Url.DecodeFromChars(cursor), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException or NotSupportedException)
        {
            return false;
        }
        return key is not null;
    }
}
