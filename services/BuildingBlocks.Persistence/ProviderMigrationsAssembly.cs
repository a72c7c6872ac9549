using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace CarbonPlatform.BuildingBlocks.Persistence;

#pragma warning disable EF1001 // MigrationsAssembly is EF's own implementation, extended only to filter by folder.
/// <summary>
/// A service's migrations are generated per server provider into their own folder: SQL Server's in
/// <c>Data/Migrations</c>, PostgreSQL's in <c>Data/Migrations/Postgres</c> (namespace ending in <c>.Postgres</c>).
/// EF would take every migration of the context; this lets a context see only its provider's, and its snapshot.
/// </summary>
public sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    public const string PostgresNamespaceSuffix = ".Postgres";

    private readonly bool _postgres = currentContext.Context.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
    private readonly Type _contextType = currentContext.Context.GetType();
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotLooked;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        _migrations ??= base.Migrations.Where(m => Mine(m.Value)).ToDictionary(m => m.Key, m => m.Value);

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (_snapshotLooked) return _snapshot;
            _snapshotLooked = true;
            var type = Assembly.GetTypes().SingleOrDefault(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && Mine(t)
                && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType);
            return _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type)!;
        }
    }

    private bool Mine(Type type) => (type.Namespace ?? "").EndsWith(PostgresNamespaceSuffix, StringComparison.Ordinal) == _postgres;
}
