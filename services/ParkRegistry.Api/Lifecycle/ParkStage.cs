namespace CarbonPlatform.ParkRegistry.Lifecycle;

/// <summary>The creation process of the standard's chapter 7, as the stages a park passes through.</summary>
public enum ParkStage
{
    Registered,
    Building,
    SelfEvaluated,
    Applied,
    UnderReview,
    Certified,
    Rejected,
    Published,
    Surveillance,
}

/// <summary>Who makes a move.</summary>
public enum StageMover
{
    /// <summary>The platform itself, on a fact another service reports: an evaluation, an application, a decision, a certificate.</summary>
    Platform,

    /// <summary>The park operator's administrator.</summary>
    Operator,

    /// <summary>The certification body that issued the park's current certificate.</summary>
    CertifyingBody,
}
