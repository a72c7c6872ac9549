using CarbonPlatform.Certification.Applications;
using CarbonPlatform.Certification.Data;

namespace CarbonPlatform.Certification.Tests.Rules;

/// <summary>What new data or a recompute means for an application pinned to its inventory version.</summary>
public sealed class DataChangesTests
{
    private static readonly DateTime Submitted = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static CertificationApplication Pinned(ApplicationStatus status = ApplicationStatus.UnderReview) => new()
    {
        ParkName = "P", ParkRegionCode = "320571", Scheme = "cers-2025-provisional", SchemeStatus = "provisional", FactorRelease = "cn-2025.1",
        InventoryVersion = 2, InventoryMethod = "cers-2025", Status = status, SubmittedAt = Submitted,
    };

    [Fact]
    public void Activity_data_recorded_after_submission_returns_the_application_and_earlier_data_does_not() =>
        Assert.Equal((DataChanges.Outcome.Return, DataChanges.Outcome.None),
            (DataChanges.OnBatch(Pinned(), Submitted.AddSeconds(1)), DataChanges.OnBatch(Pinned(), Submitted.AddSeconds(-1))));

    [Fact]
    public void A_newer_inventory_with_the_same_factor_release_comes_from_changed_data_and_returns_the_application() =>
        Assert.Equal(DataChanges.Outcome.Return, DataChanges.OnInventory(Pinned(), "cers-2025", 3, "cn-2025.1"));

    [Fact]
    public void A_recompute_on_a_new_factor_release_leaves_the_application_pinned_with_a_notice() =>
        Assert.Equal(DataChanges.Outcome.Notice, DataChanges.OnInventory(Pinned(), "cers-2025", 3, "cn-2026.1"));

    [Theory]
    [InlineData("ndrc-910-2025", 3)]
    [InlineData("cers-2025", 2)]
    public void Another_method_s_inventory_or_the_pinned_version_itself_changes_nothing(string method, int version) =>
        Assert.Equal(DataChanges.Outcome.None, DataChanges.OnInventory(Pinned(), method, version, "cn-2025.1"));

    [Theory]
    [InlineData(ApplicationStatus.Approved)]
    [InlineData(ApplicationStatus.Rejected)]
    [InlineData(ApplicationStatus.Returned)]
    public void A_decided_application_is_not_returned(ApplicationStatus status) =>
        Assert.Equal((DataChanges.Outcome.None, DataChanges.Outcome.None),
            (DataChanges.OnBatch(Pinned(status), Submitted.AddHours(1)), DataChanges.OnInventory(Pinned(status), "cers-2025", 3, "cn-2025.1")));
}
