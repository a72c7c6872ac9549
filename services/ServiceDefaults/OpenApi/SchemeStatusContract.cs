using System.ComponentModel;

// A namespace of its own: the contract enum has the engine's name, so that both document the one SchemeStatus component,
// and a service that sees the engine's enum does not see this one.
namespace CarbonPlatform.ServiceDefaults.OpenApi.Schemes;

/// <summary>
/// How far a scheme version's thresholds can be relied on, for services that keep it as a string without referencing the
/// evaluation engine (certification); the same values as the engine's SchemeStatus.
/// </summary>
[Description("How far the scheme version's thresholds can be relied on: official, secondary-source or provisional (placeholders).")]
public enum SchemeStatus { Official, SecondarySource, Provisional }
