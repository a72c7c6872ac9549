using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace CarbonPlatform.ActivityData.MeterReadings;

/// <summary>
/// Readings inserted by one prepared ADO.NET command (SQL Server, PostgreSQL): a million rows would take EF's change tracker
/// minutes and gigabytes. The values are those the EF model stores (the table is the model's).
/// </summary>
public sealed class CommandReadingSink : IReadingSink
{
    private readonly DbCommand _insert;
    private readonly DbParameter _source, _readAt, _quantity, _fuel, _month;

    private CommandReadingSink(ActivityDb db, IDbContextTransaction transaction, string table, Guid batchId, int year)
    {
        _insert = db.Database.GetDbConnection().CreateCommand();
        _insert.Transaction = transaction.GetDbTransaction();
        _insert.CommandText = db.Database.IsNpgsql() ? ReadingSink.PostgresInsertSql(table) : ReadingSink.InsertSql($"[{table}]");
        _source = Add("@s", DbType.Guid);
        _readAt = Add("@t", DbType.DateTime2);
        _quantity = Add("@q", DbType.Double);
        _fuel = Add("@f", DbType.String);
        _fuel.Size = ReadingRow.MaxFuelLength; // SQL Server prepares only variable-length parameters of a declared size
        Add("@b", DbType.Guid).Value = batchId;
        Add("@y", DbType.Int32).Value = year;
        _month = Add("@m", DbType.Int32);
    }

    public static async Task<CommandReadingSink> OpenAsync(ActivityDb db, IDbContextTransaction transaction, string table, Guid batchId, int year,
        CancellationToken ct)
    {
        var sink = new CommandReadingSink(db, transaction, table, batchId, year);
        await sink._insert.PrepareAsync(ct);
        return sink;
    }

    public bool TryInsert(in ReadingRow r)
    {
        _source.Value = r.SourceId;
        _readAt.Value = r.ReadAt;
        _quantity.Value = r.Quantity;
        _fuel.Value = (object?)r.Fuel ?? DBNull.Value;
        _month.Value = r.ReadAt.Month;
        try
        {
            return _insert.ExecuteNonQuery() == 1; // 0 when PostgreSQL skipped a duplicate
        }
        catch (Microsoft.Data.SqlClient.SqlException e) when (e.Number is 2601 or 2627) // a duplicate in a unique index / constraint
        {
            return false;
        }
    }

    public void Dispose() => _insert.Dispose();

    private DbParameter Add(string name, DbType type)
    {
        var p = _insert.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        _insert.Parameters.Add(p);
        return p;
    }
}
