import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { StrideCodeActionProvider } from './lsp/code-actions.js';
import { StrideCompletionProvider } from './lsp/completion.js';
import { StrideDefinitionProvider } from './lsp/definition.js';
import { StrideDocumentSymbolProvider } from './lsp/document-symbols.js';
import { StrideFoldingRangeProvider } from './lsp/folding.js';
import { StrideFormatter } from './lsp/formatter.js';
import { StrideHoverProvider } from './lsp/hover.js';
import { StrideInlayHintProvider } from './lsp/inlay-hints.js';
import { StrideReferencesProvider } from './lsp/references.js';
import { StrideRenameProvider } from './lsp/rename.js';
import { StrideSemanticTokenProvider } from './lsp/semantic-tokens.js';
import { StrideWorkspaceSymbolProvider } from './lsp/workspace-symbols.js';
import { StrideGeneratedModule, StrideGeneratedSharedModule } from './generated/module.js';
import { PlanProvider } from './plan-provider.js';
import { StrideLinker } from './stride-linker.js';
import { StrideLexer } from './stride-lexer.js';
import { StrideLexerErrorMessageProvider, StrideParserErrorMessageProvider } from './stride-parser-messages.js';
import { StrideValueConverter } from './string-value.js';
import { StrideScopeComputation } from './stride-scope.js';
import { StrideScopeProvider } from './stride-scope-provider.js';
import { StrideReferenceDescriptionProvider, StrideReferences } from './stride-references.js';
import { StrideWorkspaceManager } from './stride-workspace.js';
import { StrideDocumentBuilder } from './stride-document-builder.js';
import { StrideDocumentUpdateHandler } from './stride-document-update-handler.js';
import { StrideWorkspaceLock } from './stride-workspace-lock.js';
import { StrideDocumentFactory } from './parsing/stride-document-factory.js';
import { registerValidationChecks } from './validation/checks.js';
import { DatesValidator } from './validation/dates.js';
import { StrideDocumentValidator } from './validation/document-validator.js';
import { NamesValidator } from './validation/names.js';
import { NumbersValidator } from './validation/numbers.js';
import { PlanCompileValidator } from './validation/plan-compile.js';
import { RuleValidator } from './validation/rules.js';
import { SessionChangesValidator } from './validation/sessions.js';
import { WatchValidator } from './validation/watch.js';
import { StepsValidator } from './validation/steps.js';
import { StringsValidator } from './validation/strings.js';
import { UsageValidator } from './validation/usage.js';
import { StrideValidationRegistry } from './validation/validation-registry.js';
import { WeeksValidator } from './validation/weeks.js';

/** Services Stride adds to Langium's. */
export interface StrideAddedServices {
    validation: {
        NamesValidator: NamesValidator;
        WeeksValidator: WeeksValidator;
        DatesValidator: DatesValidator;
        NumbersValidator: NumbersValidator;
        StepsValidator: StepsValidator;
        SessionChangesValidator: SessionChangesValidator;
        StringsValidator: StringsValidator;
        PlanCompileValidator: PlanCompileValidator;
        UsageValidator: UsageValidator;
        RuleValidator: RuleValidator;
        WatchValidator: WatchValidator;
    };
    plan: {
        PlanProvider: PlanProvider;
    };
}

export type StrideServices = LangiumServices & StrideAddedServices;

export const StrideModule: Module<StrideServices, PartialLangiumServices & StrideAddedServices> = {
    parser: {
        Lexer: services => new StrideLexer(services),
        ParserErrorMessageProvider: services => new StrideParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new StrideLexerErrorMessageProvider(),
        ValueConverter: () => new StrideValueConverter(),
    },
    lsp: {
        CodeActionProvider: services => new StrideCodeActionProvider(services),
        CompletionProvider: services => new StrideCompletionProvider(services),
        DefinitionProvider: services => new StrideDefinitionProvider(services),
        DocumentSymbolProvider: () => new StrideDocumentSymbolProvider(),
        FoldingRangeProvider: services => new StrideFoldingRangeProvider(services),
        Formatter: () => new StrideFormatter(),
        HoverProvider: services => new StrideHoverProvider(services),
        InlayHintProvider: services => new StrideInlayHintProvider(services),
        ReferencesProvider: services => new StrideReferencesProvider(services),
        RenameProvider: services => new StrideRenameProvider(services),
        SemanticTokenProvider: services => new StrideSemanticTokenProvider(services),
    },
    references: {
        ScopeComputation: services => new StrideScopeComputation(services),
        ScopeProvider: services => new StrideScopeProvider(services),
        Linker: services => new StrideLinker(services),
        References: services => new StrideReferences(services),
    },
    workspace: {
        ReferenceDescriptionProvider: services => new StrideReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new StrideDocumentValidator(services),
        ValidationRegistry: services => new StrideValidationRegistry(services),
        NamesValidator: services => new NamesValidator(services),
        WeeksValidator: services => new WeeksValidator(services),
        DatesValidator: services => new DatesValidator(services),
        NumbersValidator: () => new NumbersValidator(),
        StepsValidator: () => new StepsValidator(),
        SessionChangesValidator: services => new SessionChangesValidator(services),
        StringsValidator: () => new StringsValidator(),
        PlanCompileValidator: services => new PlanCompileValidator(services),
        UsageValidator: () => new UsageValidator(),
        RuleValidator: services => new RuleValidator(services),
        WatchValidator: services => new WatchValidator(services),
    },
    plan: {
        PlanProvider: () => new PlanProvider(),
    },
};

export const StrideSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        LangiumDocumentFactory: services => new StrideDocumentFactory(services),
        WorkspaceManager: services => new StrideWorkspaceManager(services),
        DocumentBuilder: services => new StrideDocumentBuilder(services),
        WorkspaceLock: () => new StrideWorkspaceLock(),
    },
    lsp: {
        DocumentUpdateHandler: services => new StrideDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new StrideWorkspaceSymbolProvider(services),
    },
};

/**
 * The shared services and Stride's own, wired by injection. The language server, the CLI
 * and the tests all start here.
 */
export function createStrideServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Stride: StrideServices } {
    const shared = inject(createDefaultSharedModule(context), StrideGeneratedSharedModule, StrideSharedModule);
    const Stride = inject(createDefaultModule({ shared }), StrideGeneratedModule, StrideModule);
    shared.ServiceRegistry.register(Stride);
    registerValidationChecks(Stride);
    if (!context.connection) {
        // Without a language client nobody sends the configuration, so mark it as received.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Stride };
}
