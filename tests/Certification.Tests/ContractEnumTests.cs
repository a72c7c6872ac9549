using CarbonPlatform.Certification.Applications;
using CarbonPlatform.Certification.Decisions;
using System.Text.Json;
using CarbonPlatform.Evaluation.Engine.Inputs;
using CarbonPlatform.Evaluation.Engine.Schemes;
using CarbonPlatform.Evaluation.Engine.Serialization;
using CarbonPlatform.ServiceDefaults.OpenApi;
using Xunit;
using CertificationSchemeStatus = CarbonPlatform.ServiceDefaults.OpenApi.Schemes.SchemeStatus;
using EngineSchemeStatus = CarbonPlatform.Evaluation.Engine.Schemes.SchemeStatus;

namespace CarbonPlatform.Certification.Tests;

/// <summary>The enums the contract declares for fields the services keep as strings say what the services take and write.</summary>
public sealed class ContractEnumTests
{
    [Fact]
    public void The_decisions_the_contract_lists_are_exactly_those_the_review_workflow_takes()
    {
        var declared = ContractEnumFields.Names<DecisionKind>();
        Assert.Equal(["start-review", "approve", "reject", "request-information"], declared);
        Assert.All(declared, d => Assert.True(ReviewWorkflow.IsKnown(d), d));
        Assert.DoesNotContain(ContractEnumFields.Names<ReviewStep>().Except(declared), ReviewWorkflow.IsKnown);
    }

    [Fact]
    public void The_review_trail_lists_every_entry_the_service_writes()
    {
        var steps = ContractEnumFields.Names<ReviewStep>();
        Assert.Superset(new HashSet<string>(ContractEnumFields.Names<DecisionKind>()), new HashSet<string>(steps));
        Assert.Contains("resubmit", steps);
        Assert.Contains(DataChanges.ReturnedDecision, steps);
        Assert.Contains(DataChanges.NoticeDecision, steps);
    }

    [Fact]
    public void The_contract_s_accounting_methods_are_the_engine_s()
    {
        Assert.Equal(AccountingMethods.All.Order(), ContractEnumFields.Names<AccountingMethod>().Order());
    }

    [Fact]
    public void The_contract_s_grades_are_the_engine_s_ladder_highest_first()
    {
        Assert.Equal(Grades.Ladder, ContractEnumFields.Names<Grade>());
    }

    [Fact]
    public void The_scheme_statuses_certification_declares_are_those_the_engine_writes()
    {
        var engine = Enum.GetValues<EngineSchemeStatus>().Select(s => JsonSerializer.Serialize(s, EvaluationJson.Options).Trim('"'));
        Assert.Equal(engine, ContractEnumFields.Names<EngineSchemeStatus>());
        Assert.Equal(engine, ContractEnumFields.Names<CertificationSchemeStatus>());
    }
}
