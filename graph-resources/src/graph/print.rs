//! The types of the area `print`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "print")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.incompatiblePrinterSettings")]
pub enum IncompatiblePrinterSettings {
    Show,
    Hide,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printColorMode")]
pub enum PrintColorMode {
    BlackAndWhite,
    Grayscale,
    Color,
    Auto,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printDuplexMode")]
pub enum PrintDuplexMode {
    FlipOnLongEdge,
    FlipOnShortEdge,
    OneSided,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printerFeedOrientation")]
pub enum PrinterFeedOrientation {
    LongEdgeFirst,
    ShortEdgeFirst,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printerProcessingState")]
pub enum PrinterProcessingState {
    Unknown,
    Idle,
    Processing,
    Stopped,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printerProcessingStateDetail")]
pub enum PrinterProcessingStateDetail {
    Paused,
    MediaJam,
    MediaNeeded,
    MediaLow,
    MediaEmpty,
    CoverOpen,
    InterlockOpen,
    OutputTrayMissing,
    OutputAreaFull,
    MarkerSupplyLow,
    MarkerSupplyEmpty,
    InputTrayMissing,
    OutputAreaAlmostFull,
    MarkerWasteAlmostFull,
    MarkerWasteFull,
    FuserOverTemp,
    FuserUnderTemp,
    Other,
    None,
    MovingToPaused,
    Shutdown,
    ConnectingToDevice,
    TimedOut,
    Stopping,
    StoppedPartially,
    TonerLow,
    TonerEmpty,
    SpoolAreaFull,
    DoorOpen,
    OpticalPhotoConductorNearEndOfLife,
    OpticalPhotoConductorLifeOver,
    DeveloperLow,
    DeveloperEmpty,
    InterpreterResourceUnavailable,
    UnknownFutureValue,
    AlertRemovalOfBinaryChangeEntry,
    BanderAdded,
    BanderAlmostEmpty,
    BanderAlmostFull,
    BanderAtLimit,
    BanderClosed,
    BanderConfigurationChange,
    BanderCoverClosed,
    BanderCoverOpen,
    BanderEmpty,
    BanderFull,
    BanderInterlockClosed,
    BanderInterlockOpen,
    BanderJam,
    BanderLifeAlmostOver,
    BanderLifeOver,
    BanderMemoryExhausted,
    BanderMissing,
    BanderMotorFailure,
    BanderNearLimit,
    BanderOffline,
    BanderOpened,
    BanderOverTemperature,
    BanderPowerSaver,
    BanderRecoverableFailure,
    BanderRecoverableStorage,
    BanderRemoved,
    BanderResourceAdded,
    BanderResourceRemoved,
    BanderThermistorFailure,
    BanderTimingFailure,
    BanderTurnedOff,
    BanderTurnedOn,
    BanderUnderTemperature,
    BanderUnrecoverableFailure,
    BanderUnrecoverableStorageError,
    BanderWarmingUp,
    BinderAdded,
    BinderAlmostEmpty,
    BinderAlmostFull,
    BinderAtLimit,
    BinderClosed,
    BinderConfigurationChange,
    BinderCoverClosed,
    BinderCoverOpen,
    BinderEmpty,
    BinderFull,
    BinderInterlockClosed,
    BinderInterlockOpen,
    BinderJam,
    BinderLifeAlmostOver,
    BinderLifeOver,
    BinderMemoryExhausted,
    BinderMissing,
    BinderMotorFailure,
    BinderNearLimit,
    BinderOffline,
    BinderOpened,
    BinderOverTemperature,
    BinderPowerSaver,
    BinderRecoverableFailure,
    BinderRecoverableStorage,
    BinderRemoved,
    BinderResourceAdded,
    BinderResourceRemoved,
    BinderThermistorFailure,
    BinderTimingFailure,
    BinderTurnedOff,
    BinderTurnedOn,
    BinderUnderTemperature,
    BinderUnrecoverableFailure,
    BinderUnrecoverableStorageError,
    BinderWarmingUp,
    CameraFailure,
    ChamberCooling,
    ChamberFailure,
    ChamberHeating,
    ChamberTemperatureHigh,
    ChamberTemperatureLow,
    CleanerLifeAlmostOver,
    CleanerLifeOver,
    ConfigurationChange,
    Deactivated,
    Deleted,
    DieCutterAdded,
    DieCutterAlmostEmpty,
    DieCutterAlmostFull,
    DieCutterAtLimit,
    DieCutterClosed,
    DieCutterConfigurationChange,
    DieCutterCoverClosed,
    DieCutterCoverOpen,
    DieCutterEmpty,
    DieCutterFull,
    DieCutterInterlockClosed,
    DieCutterInterlockOpen,
    DieCutterJam,
    DieCutterLifeAlmostOver,
    DieCutterLifeOver,
    DieCutterMemoryExhausted,
    DieCutterMissing,
    DieCutterMotorFailure,
    DieCutterNearLimit,
    DieCutterOffline,
    DieCutterOpened,
    DieCutterOverTemperature,
    DieCutterPowerSaver,
    DieCutterRecoverableFailure,
    DieCutterRecoverableStorage,
    DieCutterRemoved,
    DieCutterResourceAdded,
    DieCutterResourceRemoved,
    DieCutterThermistorFailure,
    DieCutterTimingFailure,
    DieCutterTurnedOff,
    DieCutterTurnedOn,
    DieCutterUnderTemperature,
    DieCutterUnrecoverableFailure,
    DieCutterUnrecoverableStorageError,
    DieCutterWarmingUp,
    ExtruderCooling,
    ExtruderFailure,
    ExtruderHeating,
    ExtruderJam,
    ExtruderTemperatureHigh,
    ExtruderTemperatureLow,
    FanFailure,
    FaxModemLifeAlmostOver,
    FaxModemLifeOver,
    FaxModemMissing,
    FaxModemTurnedOff,
    FaxModemTurnedOn,
    FolderAdded,
    FolderAlmostEmpty,
    FolderAlmostFull,
    FolderAtLimit,
    FolderClosed,
    FolderConfigurationChange,
    FolderCoverClosed,
    FolderCoverOpen,
    FolderEmpty,
    FolderFull,
    FolderInterlockClosed,
    FolderInterlockOpen,
    FolderJam,
    FolderLifeAlmostOver,
    FolderLifeOver,
    FolderMemoryExhausted,
    FolderMissing,
    FolderMotorFailure,
    FolderNearLimit,
    FolderOffline,
    FolderOpened,
    FolderOverTemperature,
    FolderPowerSaver,
    FolderRecoverableFailure,
    FolderRecoverableStorage,
    FolderRemoved,
    FolderResourceAdded,
    FolderResourceRemoved,
    FolderThermistorFailure,
    FolderTimingFailure,
    FolderTurnedOff,
    FolderTurnedOn,
    FolderUnderTemperature,
    FolderUnrecoverableFailure,
    FolderUnrecoverableStorageError,
    FolderWarmingUp,
    Hibernate,
    HoldNewJobs,
    IdentifyPrinterRequested,
    ImprinterAdded,
    ImprinterAlmostEmpty,
    ImprinterAlmostFull,
    ImprinterAtLimit,
    ImprinterClosed,
    ImprinterConfigurationChange,
    ImprinterCoverClosed,
    ImprinterCoverOpen,
    ImprinterEmpty,
    ImprinterFull,
    ImprinterInterlockClosed,
    ImprinterInterlockOpen,
    ImprinterJam,
    ImprinterLifeAlmostOver,
    ImprinterLifeOver,
    ImprinterMemoryExhausted,
    ImprinterMissing,
    ImprinterMotorFailure,
    ImprinterNearLimit,
    ImprinterOffline,
    ImprinterOpened,
    ImprinterOverTemperature,
    ImprinterPowerSaver,
    ImprinterRecoverableFailure,
    ImprinterRecoverableStorage,
    ImprinterRemoved,
    ImprinterResourceAdded,
    ImprinterResourceRemoved,
    ImprinterThermistorFailure,
    ImprinterTimingFailure,
    ImprinterTurnedOff,
    ImprinterTurnedOn,
    ImprinterUnderTemperature,
    ImprinterUnrecoverableFailure,
    ImprinterUnrecoverableStorageError,
    ImprinterWarmingUp,
    InputCannotFeedSizeSelected,
    InputManualInputRequest,
    InputMediaColorChange,
    InputMediaFormPartsChange,
    InputMediaSizeChange,
    InputMediaTrayFailure,
    InputMediaTrayFeedError,
    InputMediaTrayJam,
    InputMediaTypeChange,
    InputMediaWeightChange,
    InputPickRollerFailure,
    InputPickRollerLifeOver,
    InputPickRollerLifeWarn,
    InputPickRollerMissing,
    InputTrayElevationFailure,
    InputTrayPositionFailure,
    InserterAdded,
    InserterAlmostEmpty,
    InserterAlmostFull,
    InserterAtLimit,
    InserterClosed,
    InserterConfigurationChange,
    InserterCoverClosed,
    InserterCoverOpen,
    InserterEmpty,
    InserterFull,
    InserterInterlockClosed,
    InserterInterlockOpen,
    InserterJam,
    InserterLifeAlmostOver,
    InserterLifeOver,
    InserterMemoryExhausted,
    InserterMissing,
    InserterMotorFailure,
    InserterNearLimit,
    InserterOffline,
    InserterOpened,
    InserterOverTemperature,
    InserterPowerSaver,
    InserterRecoverableFailure,
    InserterRecoverableStorage,
    InserterRemoved,
    InserterResourceAdded,
    InserterResourceRemoved,
    InserterThermistorFailure,
    InserterTimingFailure,
    InserterTurnedOff,
    InserterTurnedOn,
    InserterUnderTemperature,
    InserterUnrecoverableFailure,
    InserterUnrecoverableStorageError,
    InserterWarmingUp,
    InterlockClosed,
    InterpreterCartridgeAdded,
    InterpreterCartridgeDeleted,
    InterpreterComplexPageEncountered,
    InterpreterMemoryDecrease,
    InterpreterMemoryIncrease,
    InterpreterResourceAdded,
    InterpreterResourceDeleted,
    LampAtEol,
    LampFailure,
    LampNearEol,
    LaserAtEol,
    LaserFailure,
    LaserNearEol,
    MakeEnvelopeAdded,
    MakeEnvelopeAlmostEmpty,
    MakeEnvelopeAlmostFull,
    MakeEnvelopeAtLimit,
    MakeEnvelopeClosed,
    MakeEnvelopeConfigurationChange,
    MakeEnvelopeCoverClosed,
    MakeEnvelopeCoverOpen,
    MakeEnvelopeEmpty,
    MakeEnvelopeFull,
    MakeEnvelopeInterlockClosed,
    MakeEnvelopeInterlockOpen,
    MakeEnvelopeJam,
    MakeEnvelopeLifeAlmostOver,
    MakeEnvelopeLifeOver,
    MakeEnvelopeMemoryExhausted,
    MakeEnvelopeMissing,
    MakeEnvelopeMotorFailure,
    MakeEnvelopeNearLimit,
    MakeEnvelopeOffline,
    MakeEnvelopeOpened,
    MakeEnvelopeOverTemperature,
    MakeEnvelopePowerSaver,
    MakeEnvelopeRecoverableFailure,
    MakeEnvelopeRecoverableStorage,
    MakeEnvelopeRemoved,
    MakeEnvelopeResourceAdded,
    MakeEnvelopeResourceRemoved,
    MakeEnvelopeThermistorFailure,
    MakeEnvelopeTimingFailure,
    MakeEnvelopeTurnedOff,
    MakeEnvelopeTurnedOn,
    MakeEnvelopeUnderTemperature,
    MakeEnvelopeUnrecoverableFailure,
    MakeEnvelopeUnrecoverableStorageError,
    MakeEnvelopeWarmingUp,
    MarkerAdjustingPrintQuality,
    MarkerCleanerMissing,
    MarkerDeveloperAlmostEmpty,
    MarkerDeveloperEmpty,
    MarkerDeveloperMissing,
    MarkerFuserMissing,
    MarkerFuserThermistorFailure,
    MarkerFuserTimingFailure,
    MarkerInkAlmostEmpty,
    MarkerInkEmpty,
    MarkerInkMissing,
    MarkerOpcMissing,
    MarkerPrintRibbonAlmostEmpty,
    MarkerPrintRibbonEmpty,
    MarkerPrintRibbonMissing,
    MarkerSupplyAlmostEmpty,
    MarkerSupplyMissing,
    MarkerTonerCartridgeMissing,
    MarkerTonerMissing,
    MarkerWasteInkReceptacleAlmostFull,
    MarkerWasteInkReceptacleFull,
    MarkerWasteInkReceptacleMissing,
    MarkerWasteMissing,
    MarkerWasteTonerReceptacleAlmostFull,
    MarkerWasteTonerReceptacleFull,
    MarkerWasteTonerReceptacleMissing,
    MaterialEmpty,
    MaterialLow,
    MaterialNeeded,
    MediaDrying,
    MediaPathCannotDuplexMediaSelected,
    MediaPathFailure,
    MediaPathInputEmpty,
    MediaPathInputFeedError,
    MediaPathInputJam,
    MediaPathInputRequest,
    MediaPathJam,
    MediaPathMediaTrayAlmostFull,
    MediaPathMediaTrayFull,
    MediaPathMediaTrayMissing,
    MediaPathOutputFeedError,
    MediaPathOutputFull,
    MediaPathOutputJam,
    MediaPathPickRollerFailure,
    MediaPathPickRollerLifeOver,
    MediaPathPickRollerLifeWarn,
    MediaPathPickRollerMissing,
    MotorFailure,
    OutputMailboxSelectFailure,
    OutputMediaTrayFailure,
    OutputMediaTrayFeedError,
    OutputMediaTrayJam,
    PerforaterAdded,
    PerforaterAlmostEmpty,
    PerforaterAlmostFull,
    PerforaterAtLimit,
    PerforaterClosed,
    PerforaterConfigurationChange,
    PerforaterCoverClosed,
    PerforaterCoverOpen,
    PerforaterEmpty,
    PerforaterFull,
    PerforaterInterlockClosed,
    PerforaterInterlockOpen,
    PerforaterJam,
    PerforaterLifeAlmostOver,
    PerforaterLifeOver,
    PerforaterMemoryExhausted,
    PerforaterMissing,
    PerforaterMotorFailure,
    PerforaterNearLimit,
    PerforaterOffline,
    PerforaterOpened,
    PerforaterOverTemperature,
    PerforaterPowerSaver,
    PerforaterRecoverableFailure,
    PerforaterRecoverableStorage,
    PerforaterRemoved,
    PerforaterResourceAdded,
    PerforaterResourceRemoved,
    PerforaterThermistorFailure,
    PerforaterTimingFailure,
    PerforaterTurnedOff,
    PerforaterTurnedOn,
    PerforaterUnderTemperature,
    PerforaterUnrecoverableFailure,
    PerforaterUnrecoverableStorageError,
    PerforaterWarmingUp,
    PlatformCooling,
    PlatformFailure,
    PlatformHeating,
    PlatformTemperatureHigh,
    PlatformTemperatureLow,
    PowerDown,
    PowerUp,
    PrinterManualReset,
    PrinterNmsReset,
    PrinterReadyToPrint,
    PuncherAdded,
    PuncherAlmostEmpty,
    PuncherAlmostFull,
    PuncherAtLimit,
    PuncherClosed,
    PuncherConfigurationChange,
    PuncherCoverClosed,
    PuncherCoverOpen,
    PuncherEmpty,
    PuncherFull,
    PuncherInterlockClosed,
    PuncherInterlockOpen,
    PuncherJam,
    PuncherLifeAlmostOver,
    PuncherLifeOver,
    PuncherMemoryExhausted,
    PuncherMissing,
    PuncherMotorFailure,
    PuncherNearLimit,
    PuncherOffline,
    PuncherOpened,
    PuncherOverTemperature,
    PuncherPowerSaver,
    PuncherRecoverableFailure,
    PuncherRecoverableStorage,
    PuncherRemoved,
    PuncherResourceAdded,
    PuncherResourceRemoved,
    PuncherThermistorFailure,
    PuncherTimingFailure,
    PuncherTurnedOff,
    PuncherTurnedOn,
    PuncherUnderTemperature,
    PuncherUnrecoverableFailure,
    PuncherUnrecoverableStorageError,
    PuncherWarmingUp,
    Resuming,
    ScanMediaPathFailure,
    ScanMediaPathInputEmpty,
    ScanMediaPathInputFeedError,
    ScanMediaPathInputJam,
    ScanMediaPathInputRequest,
    ScanMediaPathJam,
    ScanMediaPathOutputFeedError,
    ScanMediaPathOutputFull,
    ScanMediaPathOutputJam,
    ScanMediaPathPickRollerFailure,
    ScanMediaPathPickRollerLifeOver,
    ScanMediaPathPickRollerLifeWarn,
    ScanMediaPathPickRollerMissing,
    ScanMediaPathTrayAlmostFull,
    ScanMediaPathTrayFull,
    ScanMediaPathTrayMissing,
    ScannerLightFailure,
    ScannerLightLifeAlmostOver,
    ScannerLightLifeOver,
    ScannerLightMissing,
    ScannerSensorFailure,
    ScannerSensorLifeAlmostOver,
    ScannerSensorLifeOver,
    ScannerSensorMissing,
    SeparationCutterAdded,
    SeparationCutterAlmostEmpty,
    SeparationCutterAlmostFull,
    SeparationCutterAtLimit,
    SeparationCutterClosed,
    SeparationCutterConfigurationChange,
    SeparationCutterCoverClosed,
    SeparationCutterCoverOpen,
    SeparationCutterEmpty,
    SeparationCutterFull,
    SeparationCutterInterlockClosed,
    SeparationCutterInterlockOpen,
    SeparationCutterJam,
    SeparationCutterLifeAlmostOver,
    SeparationCutterLifeOver,
    SeparationCutterMemoryExhausted,
    SeparationCutterMissing,
    SeparationCutterMotorFailure,
    SeparationCutterNearLimit,
    SeparationCutterOffline,
    SeparationCutterOpened,
    SeparationCutterOverTemperature,
    SeparationCutterPowerSaver,
    SeparationCutterRecoverableFailure,
    SeparationCutterRecoverableStorage,
    SeparationCutterRemoved,
    SeparationCutterResourceAdded,
    SeparationCutterResourceRemoved,
    SeparationCutterThermistorFailure,
    SeparationCutterTimingFailure,
    SeparationCutterTurnedOff,
    SeparationCutterTurnedOn,
    SeparationCutterUnderTemperature,
    SeparationCutterUnrecoverableFailure,
    SeparationCutterUnrecoverableStorageError,
    SeparationCutterWarmingUp,
    SheetRotatorAdded,
    SheetRotatorAlmostEmpty,
    SheetRotatorAlmostFull,
    SheetRotatorAtLimit,
    SheetRotatorClosed,
    SheetRotatorConfigurationChange,
    SheetRotatorCoverClosed,
    SheetRotatorCoverOpen,
    SheetRotatorEmpty,
    SheetRotatorFull,
    SheetRotatorInterlockClosed,
    SheetRotatorInterlockOpen,
    SheetRotatorJam,
    SheetRotatorLifeAlmostOver,
    SheetRotatorLifeOver,
    SheetRotatorMemoryExhausted,
    SheetRotatorMissing,
    SheetRotatorMotorFailure,
    SheetRotatorNearLimit,
    SheetRotatorOffline,
    SheetRotatorOpened,
    SheetRotatorOverTemperature,
    SheetRotatorPowerSaver,
    SheetRotatorRecoverableFailure,
    SheetRotatorRecoverableStorage,
    SheetRotatorRemoved,
    SheetRotatorResourceAdded,
    SheetRotatorResourceRemoved,
    SheetRotatorThermistorFailure,
    SheetRotatorTimingFailure,
    SheetRotatorTurnedOff,
    SheetRotatorTurnedOn,
    SheetRotatorUnderTemperature,
    SheetRotatorUnrecoverableFailure,
    SheetRotatorUnrecoverableStorageError,
    SheetRotatorWarmingUp,
    SlitterAdded,
    SlitterAlmostEmpty,
    SlitterAlmostFull,
    SlitterAtLimit,
    SlitterClosed,
    SlitterConfigurationChange,
    SlitterCoverClosed,
    SlitterCoverOpen,
    SlitterEmpty,
    SlitterFull,
    SlitterInterlockClosed,
    SlitterInterlockOpen,
    SlitterJam,
    SlitterLifeAlmostOver,
    SlitterLifeOver,
    SlitterMemoryExhausted,
    SlitterMissing,
    SlitterMotorFailure,
    SlitterNearLimit,
    SlitterOffline,
    SlitterOpened,
    SlitterOverTemperature,
    SlitterPowerSaver,
    SlitterRecoverableFailure,
    SlitterRecoverableStorage,
    SlitterRemoved,
    SlitterResourceAdded,
    SlitterResourceRemoved,
    SlitterThermistorFailure,
    SlitterTimingFailure,
    SlitterTurnedOff,
    SlitterTurnedOn,
    SlitterUnderTemperature,
    SlitterUnrecoverableFailure,
    SlitterUnrecoverableStorageError,
    SlitterWarmingUp,
    StackerAdded,
    StackerAlmostEmpty,
    StackerAlmostFull,
    StackerAtLimit,
    StackerClosed,
    StackerConfigurationChange,
    StackerCoverClosed,
    StackerCoverOpen,
    StackerEmpty,
    StackerFull,
    StackerInterlockClosed,
    StackerInterlockOpen,
    StackerJam,
    StackerLifeAlmostOver,
    StackerLifeOver,
    StackerMemoryExhausted,
    StackerMissing,
    StackerMotorFailure,
    StackerNearLimit,
    StackerOffline,
    StackerOpened,
    StackerOverTemperature,
    StackerPowerSaver,
    StackerRecoverableFailure,
    StackerRecoverableStorage,
    StackerRemoved,
    StackerResourceAdded,
    StackerResourceRemoved,
    StackerThermistorFailure,
    StackerTimingFailure,
    StackerTurnedOff,
    StackerTurnedOn,
    StackerUnderTemperature,
    StackerUnrecoverableFailure,
    StackerUnrecoverableStorageError,
    StackerWarmingUp,
    Standby,
    StaplerAdded,
    StaplerAlmostEmpty,
    StaplerAlmostFull,
    StaplerAtLimit,
    StaplerClosed,
    StaplerConfigurationChange,
    StaplerCoverClosed,
    StaplerCoverOpen,
    StaplerEmpty,
    StaplerFull,
    StaplerInterlockClosed,
    StaplerInterlockOpen,
    StaplerJam,
    StaplerLifeAlmostOver,
    StaplerLifeOver,
    StaplerMemoryExhausted,
    StaplerMissing,
    StaplerMotorFailure,
    StaplerNearLimit,
    StaplerOffline,
    StaplerOpened,
    StaplerOverTemperature,
    StaplerPowerSaver,
    StaplerRecoverableFailure,
    StaplerRecoverableStorage,
    StaplerRemoved,
    StaplerResourceAdded,
    StaplerResourceRemoved,
    StaplerThermistorFailure,
    StaplerTimingFailure,
    StaplerTurnedOff,
    StaplerTurnedOn,
    StaplerUnderTemperature,
    StaplerUnrecoverableFailure,
    StaplerUnrecoverableStorageError,
    StaplerWarmingUp,
    StitcherAdded,
    StitcherAlmostEmpty,
    StitcherAlmostFull,
    StitcherAtLimit,
    StitcherClosed,
    StitcherConfigurationChange,
    StitcherCoverClosed,
    StitcherCoverOpen,
    StitcherEmpty,
    StitcherFull,
    StitcherInterlockClosed,
    StitcherInterlockOpen,
    StitcherJam,
    StitcherLifeAlmostOver,
    StitcherLifeOver,
    StitcherMemoryExhausted,
    StitcherMissing,
    StitcherMotorFailure,
    StitcherNearLimit,
    StitcherOffline,
    StitcherOpened,
    StitcherOverTemperature,
    StitcherPowerSaver,
    StitcherRecoverableFailure,
    StitcherRecoverableStorage,
    StitcherRemoved,
    StitcherResourceAdded,
    StitcherResourceRemoved,
    StitcherThermistorFailure,
    StitcherTimingFailure,
    StitcherTurnedOff,
    StitcherTurnedOn,
    StitcherUnderTemperature,
    StitcherUnrecoverableFailure,
    StitcherUnrecoverableStorageError,
    StitcherWarmingUp,
    SubunitAdded,
    SubunitAlmostEmpty,
    SubunitAlmostFull,
    SubunitAtLimit,
    SubunitClosed,
    SubunitCoolingDown,
    SubunitEmpty,
    SubunitFull,
    SubunitLifeAlmostOver,
    SubunitLifeOver,
    SubunitMemoryExhausted,
    SubunitMissing,
    SubunitMotorFailure,
    SubunitNearLimit,
    SubunitOffline,
    SubunitOpened,
    SubunitOverTemperature,
    SubunitPowerSaver,
    SubunitRecoverableFailure,
    SubunitRecoverableStorage,
    SubunitRemoved,
    SubunitResourceAdded,
    SubunitResourceRemoved,
    SubunitThermistorFailure,
    SubunitTimingFailure,
    SubunitTurnedOff,
    SubunitTurnedOn,
    SubunitUnderTemperature,
    SubunitUnrecoverableFailure,
    SubunitUnrecoverableStorage,
    SubunitWarmingUp,
    Suspend,
    Testing,
    TrimmerAdded,
    TrimmerAlmostEmpty,
    TrimmerAlmostFull,
    TrimmerAtLimit,
    TrimmerClosed,
    TrimmerConfigurationChange,
    TrimmerCoverClosed,
    TrimmerCoverOpen,
    TrimmerEmpty,
    TrimmerFull,
    TrimmerInterlockClosed,
    TrimmerInterlockOpen,
    TrimmerJam,
    TrimmerLifeAlmostOver,
    TrimmerLifeOver,
    TrimmerMemoryExhausted,
    TrimmerMissing,
    TrimmerMotorFailure,
    TrimmerNearLimit,
    TrimmerOffline,
    TrimmerOpened,
    TrimmerOverTemperature,
    TrimmerPowerSaver,
    TrimmerRecoverableFailure,
    TrimmerRecoverableStorage,
    TrimmerRemoved,
    TrimmerResourceAdded,
    TrimmerResourceRemoved,
    TrimmerThermistorFailure,
    TrimmerTimingFailure,
    TrimmerTurnedOff,
    TrimmerTurnedOn,
    TrimmerUnderTemperature,
    TrimmerUnrecoverableFailure,
    TrimmerUnrecoverableStorageError,
    TrimmerWarmingUp,
    Unknown,
    WrapperAdded,
    WrapperAlmostEmpty,
    WrapperAlmostFull,
    WrapperAtLimit,
    WrapperClosed,
    WrapperConfigurationChange,
    WrapperCoverClosed,
    WrapperCoverOpen,
    WrapperEmpty,
    WrapperFull,
    WrapperInterlockClosed,
    WrapperInterlockOpen,
    WrapperJam,
    WrapperLifeAlmostOver,
    WrapperLifeOver,
    WrapperMemoryExhausted,
    WrapperMissing,
    WrapperMotorFailure,
    WrapperNearLimit,
    WrapperOffline,
    WrapperOpened,
    WrapperOverTemperature,
    WrapperPowerSaver,
    WrapperRecoverableFailure,
    WrapperRecoverableStorage,
    WrapperRemoved,
    WrapperResourceAdded,
    WrapperResourceRemoved,
    WrapperThermistorFailure,
    WrapperTimingFailure,
    WrapperTurnedOff,
    WrapperTurnedOn,
    WrapperUnderTemperature,
    WrapperUnrecoverableFailure,
    WrapperUnrecoverableStorageError,
    WrapperWarmingUp,
}

#[cfg(feature = "print")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printEvent")]
pub enum PrintEvent {
    JobStarted,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printFinishing")]
pub enum PrintFinishing {
    None,
    Staple,
    Punch,
    Cover,
    Bind,
    SaddleStitch,
    StitchEdge,
    StapleTopLeft,
    StapleBottomLeft,
    StapleTopRight,
    StapleBottomRight,
    StitchLeftEdge,
    StitchTopEdge,
    StitchRightEdge,
    StitchBottomEdge,
    StapleDualLeft,
    StapleDualTop,
    StapleDualRight,
    StapleDualBottom,
    UnknownFutureValue,
    StapleTripleLeft,
    StapleTripleTop,
    StapleTripleRight,
    StapleTripleBottom,
    BindLeft,
    BindTop,
    BindRight,
    BindBottom,
    FoldAccordion,
    FoldDoubleGate,
    FoldGate,
    FoldHalf,
    FoldHalfZ,
    FoldLeftGate,
    FoldLetter,
    FoldParallel,
    FoldPoster,
    FoldRightGate,
    FoldZ,
    FoldEngineeringZ,
    PunchTopLeft,
    PunchBottomLeft,
    PunchTopRight,
    PunchBottomRight,
    PunchDualLeft,
    PunchDualTop,
    PunchDualRight,
    PunchDualBottom,
    PunchTripleLeft,
    PunchTripleTop,
    PunchTripleRight,
    PunchTripleBottom,
    PunchQuadLeft,
    PunchQuadTop,
    PunchQuadRight,
    PunchQuadBottom,
    Fold,
    Trim,
    Bale,
    BookletMaker,
    Coat,
    Laminate,
    TrimAfterPages,
    TrimAfterDocuments,
    TrimAfterCopies,
    TrimAfterJob,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printMultipageLayout")]
pub enum PrintMultipageLayout {
    ClockwiseFromTopLeft,
    CounterclockwiseFromTopLeft,
    CounterclockwiseFromTopRight,
    ClockwiseFromTopRight,
    CounterclockwiseFromBottomLeft,
    ClockwiseFromBottomLeft,
    CounterclockwiseFromBottomRight,
    ClockwiseFromBottomRight,
    UnknownFutureValue,
}

#[cfg(feature = "print")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printOperationProcessingState")]
pub enum PrintOperationProcessingState {
    NotStarted,
    Running,
    Succeeded,
    Failed,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printOrientation")]
pub enum PrintOrientation {
    Portrait,
    Landscape,
    ReverseLandscape,
    ReversePortrait,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printQuality")]
pub enum PrintQuality {
    Low,
    Medium,
    High,
    UnknownFutureValue,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printScaling")]
pub enum PrintScaling {
    Auto,
    ShrinkToFit,
    Fill,
    Fit,
    None,
    UnknownFutureValue,
}

#[cfg(feature = "print")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.printTaskProcessingState")]
pub enum PrintTaskProcessingState {
    Pending,
    Processing,
    Completed,
    Aborted,
    UnknownFutureValue,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.airPrintSettings")]
pub struct AirPrintSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub incompatible_printers: Option<IncompatiblePrinterSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.integerRange")]
pub struct IntegerRange {
    pub end: Option<edm::Int64>,
    pub start: Option<edm::Int64>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printCertificateSigningRequest")]
pub struct PrintCertificateSigningRequest {
    /// Not nullable.
    #[graph(non_nullable)]
    pub content: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub transport_key: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerCapabilities")]
pub struct PrinterCapabilities {
    pub bottom_margins: Option<Vec<i32>>,
    pub collation: Option<bool>,
    pub color_modes: Option<Vec<PrintColorMode>>,
    pub content_types: Option<Vec<String>>,
    pub copies_per_job: Option<IntegerRange>,
    pub dpis: Option<Vec<i32>>,
    pub duplex_modes: Option<Vec<PrintDuplexMode>>,
    pub feed_orientations: Option<Vec<PrinterFeedOrientation>>,
    pub finishings: Option<Vec<PrintFinishing>>,
    pub input_bins: Option<Vec<String>>,
    pub is_color_printing_supported: Option<bool>,
    pub is_page_range_supported: Option<bool>,
    pub left_margins: Option<Vec<i32>>,
    pub media_colors: Option<Vec<String>>,
    pub media_sizes: Option<Vec<String>>,
    pub media_types: Option<Vec<String>>,
    pub multipage_layouts: Option<Vec<PrintMultipageLayout>>,
    pub orientations: Option<Vec<PrintOrientation>>,
    pub output_bins: Option<Vec<String>>,
    pub pages_per_sheet: Option<Vec<i32>>,
    pub qualities: Option<Vec<PrintQuality>>,
    pub right_margins: Option<Vec<i32>>,
    pub scalings: Option<Vec<PrintScaling>>,
    pub supports_fit_pdf_to_page: Option<bool>,
    pub top_margins: Option<Vec<i32>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerDefaults")]
pub struct PrinterDefaults {
    pub color_mode: Option<PrintColorMode>,
    pub content_type: Option<String>,
    pub copies_per_job: Option<i32>,
    pub dpi: Option<i32>,
    pub duplex_mode: Option<PrintDuplexMode>,
    pub finishings: Option<Vec<PrintFinishing>>,
    pub fit_pdf_to_page: Option<bool>,
    pub input_bin: Option<String>,
    pub media_color: Option<String>,
    pub media_size: Option<String>,
    pub media_type: Option<String>,
    pub multipage_layout: Option<PrintMultipageLayout>,
    pub orientation: Option<PrintOrientation>,
    pub output_bin: Option<String>,
    pub pages_per_sheet: Option<i32>,
    pub quality: Option<PrintQuality>,
    pub scaling: Option<PrintScaling>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerDiscoverySettings")]
pub struct PrinterDiscoverySettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub air_print: Option<AirPrintSettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerLocation")]
pub struct PrinterLocation {
    pub altitude_in_meters: Option<i32>,
    pub building: Option<String>,
    pub city: Option<String>,
    pub country_or_region: Option<String>,
    pub floor: Option<String>,
    pub floor_description: Option<String>,
    pub latitude: Option<edm::Double>,
    pub longitude: Option<edm::Double>,
    pub organization: Option<Vec<String>>,
    pub postal_code: Option<String>,
    pub room_description: Option<String>,
    pub room_name: Option<String>,
    pub site: Option<String>,
    pub state_or_province: Option<String>,
    pub street_address: Option<String>,
    pub subdivision: Option<Vec<String>>,
    pub subunit: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerShareViewpoint")]
pub struct PrinterShareViewpoint {
    pub last_used_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "print", feature = "other"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerStatus")]
pub struct PrinterStatus {
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub details: Option<Vec<PrinterProcessingStateDetail>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<PrinterProcessingState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printOperationStatus")]
pub struct PrintOperationStatus {
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<PrintOperationProcessingState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printSettings")]
pub struct PrintSettings {
    /// Not nullable.
    #[graph(non_nullable)]
    pub document_conversion_enabled: Option<bool>,
    pub printer_discovery_settings: Option<PrinterDiscoverySettings>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printTaskStatus")]
pub struct PrintTaskStatus {
    /// Not nullable.
    #[graph(non_nullable)]
    pub description: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub state: Option<PrintTaskProcessingState>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.print",
    keyless,
    singleton = "/print",
    contains(name = "connectors", target = PrintConnector),
    contains(name = "operations", target = PrintOperation),
    contains(name = "printers", target = Printer),
    contains(name = "services", target = PrintService),
    contains(name = "shares", target = PrinterShare),
    contains(name = "taskDefinitions", target = PrintTaskDefinition)
)]
pub struct Print {
    pub settings: Option<PrintSettings>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub connectors: Option<Vec<PrintConnector>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyPrintOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub printers: Option<Vec<Printer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub services: Option<Vec<PrintService>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shares: Option<Vec<PrinterShare>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_definitions: Option<Vec<PrintTaskDefinition>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printConnector",
    path = "/print/connectors"
)]
pub struct PrintConnector {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub app_version: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub fully_qualified_domain_name: Option<String>,
    pub location: Option<PrinterLocation>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub operating_system: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub registered_date_time: Option<edm::DateTimeOffset>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.printer",
    path = "/print/printers",
    contains(name = "taskTriggers", target = PrintTaskTrigger),
    action(
        name = "create",
        method = "create_action",
        collection,
        parameters = PrinterCollectionCreateActionParameters
    ),
    action = "restoreFactoryDefaults"
)]
pub struct Printer {
    /// The inherited properties of `printerBase`.
    #[graph(base)]
    pub base: PrinterBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub has_physical_device: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub is_shared: Option<bool>,
    pub last_seen_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub registered_date_time: Option<edm::DateTimeOffset>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub connectors: Option<Vec<PrintConnector>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub shares: Option<Vec<PrinterShare>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub task_triggers: Option<Vec<PrintTaskTrigger>>,
}

/// The body of the action `create`, bound to a collection of `printer`.
#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct PrinterCollectionCreateActionParameters {
    pub display_name: String,
    pub manufacturer: String,
    pub model: String,
    pub physical_device_id: Option<String>,
    pub has_physical_device: Option<bool>,
    pub certificate_signing_request: PrintCertificateSigningRequest,
    pub connector_id: Option<String>,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerCreateOperation")]
pub struct PrinterCreateOperation {
    /// The inherited properties of `printOperation`.
    #[graph(base)]
    pub base: PrintOperation,
    pub certificate: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub printer: Option<Printer>,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printerShare", path = "/print/shares")]
pub struct PrinterShare {
    /// The inherited properties of `printerBase`.
    #[graph(base)]
    pub base: PrinterBase,
    /// Not nullable.
    #[graph(non_nullable)]
    pub allow_all_users: Option<bool>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub view_point: Option<PrinterShareViewpoint>,
    /// Navigation property: read when `$expand`ed, never written. Declared with the feature
    /// `groups`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(feature = "groups")]
    #[graph(read_only)]
    pub allowed_groups: Option<Vec<Group>>,
    /// Navigation property: read when `$expand`ed, never written. Declared with any of the features
    /// `users`, `identityGovernance`; without, an `$expand`ed value is kept in `additional_data`.
    #[cfg(any(feature = "users", feature = "identityGovernance"))]
    #[graph(read_only)]
    pub allowed_users: Option<Vec<User>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub printer: Option<Printer>,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printOperation",
    path = "/print/operations",
    abstract
)]
pub struct PrintOperation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<PrintOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.printOperation`: the type itself or any of its derived types this build
/// declares (a value without `@odata.type` is the type itself); a value of another derived type
/// reads as `PrintOperation`, keeping its `@odata.type` and properties.
#[cfg(feature = "print")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyPrintOperation {
    /// `microsoft.graph.printerCreateOperation`.
    PrinterCreateOperation(PrinterCreateOperation),
    /// `microsoft.graph.printOperation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(PrintOperation),
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printService",
    path = "/print/services",
    contains(name = "endpoints", target = PrintServiceEndpoint)
)]
pub struct PrintService {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub endpoints: Option<Vec<PrintServiceEndpoint>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.printServiceEndpoint")]
pub struct PrintServiceEndpoint {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub uri: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.printTask")]
pub struct PrintTask {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub parent_url: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub status: Option<PrintTaskStatus>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub definition: Option<PrintTaskDefinition>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub trigger: Option<PrintTaskTrigger>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.printTaskDefinition",
    path = "/print/taskDefinitions",
    contains(name = "tasks", target = PrintTask)
)]
pub struct PrintTaskDefinition {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_by: Option<AppIdentity>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub tasks: Option<Vec<PrintTask>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "print")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.printTaskTrigger")]
pub struct PrintTaskTrigger {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub event: Option<PrintEvent>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub definition: Option<PrintTaskDefinition>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
