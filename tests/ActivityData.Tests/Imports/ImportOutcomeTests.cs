using System.Reflection;
using CarbonPlatform.ActivityData.Imports;

namespace CarbonPlatform.ActivityData.Tests.Imports;

/// <summary>
/// The contract declares one answer for an import's 200 and 202 so that a generated client reads both: it must have every
/// field of both answers the service sends, of the same type (or its nullable form), and nothing else.
/// </summary>
public sealed class ImportOutcomeTests
{
    [Theory]
    [InlineData(typeof(ImportOutcome), typeof(ImportDryRun), typeof(RecordedImport))]
    [InlineData(typeof(ReadingsOutcome), typeof(ReadingsDryRun), typeof(RecordedReadings))]
    public void The_declared_answer_has_the_fields_of_the_dry_run_and_of_the_commit(Type declared, Type dryRun, Type committed)
    {
        var fields = Fields(declared);
        var sent = Fields(dryRun).Concat(Fields(committed)).GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
        Assert.Equal(sent.Keys.Order(), fields.Keys.Order());
        foreach (var (name, type) in sent)
            Assert.True(fields[name] == type || fields[name] == typeof(Nullable<>).MakeGenericType(type), $"{declared.Name}.{name} is {fields[name]}, sent as {type}");
    }

    private static Dictionary<string, Type> Fields(Type record) =>
        record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract")
            .ToDictionary(p => p.Name, p => p.PropertyType);
}
