using CarbonPlatform.Client.Paging;

namespace CarbonPlatform.Client.Tests.Paging;

public sealed class CursorPagesTests
{
    private sealed record Page(string[] Items, string? NextCursor);

    private static readonly Dictionary<string, Page> Pages = new()
    {
        [""] = new(["常州零碳园", "苏州工业园"], "c2"),
        ["c2"] = new(["无锡高新区", "南京江北"], "c3"),
        ["c3"] = new(["扬州化工园"], null),
    };

    [Fact]
    public async Task Every_item_of_every_page_is_read_in_order_following_each_next_cursor()
    {
        var asked = new List<string?>();

        var parks = await CursorPages.ToListAsync((cursor, _) =>
        {
            asked.Add(cursor);
            return Task.FromResult<Page?>(Pages[cursor ?? ""]);
        }, p => p.Items, p => p.NextCursor);

        Assert.Equal(["常州零碳园", "苏州工业园", "无锡高新区", "南京江北", "扬州化工园"], parks);
        Assert.Equal([null, "c2", "c3"], asked);
    }

    [Fact]
    public async Task The_next_page_is_fetched_only_when_the_items_before_it_are_consumed()
    {
        var fetched = 0;
        await foreach (var _ in CursorPages.ReadAllAsync((cursor, _) =>
        {
            fetched++;
            return Task.FromResult<Page?>(Pages[cursor ?? ""]);
        }, p => p.Items, p => p.NextCursor).Take(2)) { }

        Assert.Equal(1, fetched);
    }

    [Fact]
    public async Task A_list_that_answers_the_same_cursor_twice_stops_instead_of_looping()
    {
        var looping = await Assert.ThrowsAsync<InvalidOperationException>(() => CursorPages.ToListAsync(
            (cursor, _) => Task.FromResult<Page?>(new Page(["again"], "same")), p => p.Items, p => p.NextCursor));

        Assert.Contains("'same'", looping.Message);
    }

    [Fact]
    public async Task An_empty_list_is_one_page_with_no_items_and_no_cursor()
    {
        var items = await CursorPages.ToListAsync((_, _) => Task.FromResult<Page?>(new Page([], null)), p => p.Items, p => p.NextCursor);

        Assert.Empty(items);
    }
}
