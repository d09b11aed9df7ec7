import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices,
} from 'langium/lsp';
import { StrideCodeActionProvider } from './lsp/code-actions.js';
import { StrideGeneratedModule, StrideGeneratedSharedModule } from './generated/module.js';
import { PlanProvider } from './plan-provider.js';
import { StrideLinker } from './stride-linker.js';
import { StrideParserErrorMessageProvider } from './stride-parser-messages.js';
import { StrideScopeComputation } from './stride-scope.js';
import { registerValidationChecks, StrideValidator } from './stride-validator.js';
import { StrideWorkspaceManager } from './stride-workspace.js';

/** Services Stride adds to Langium's. */
export interface StrideAddedServices {
    validation: {
        StrideValidator: StrideValidator;
    };
    plan: {
        PlanProvider: PlanProvider;
    };
}

export type StrideServices = LangiumServices & StrideAddedServices;

export const StrideModule: Module<StrideServices, PartialLangiumServices & StrideAddedServices> = {
    parser: {
        ParserErrorMessageProvider: () => new StrideParserErrorMessageProvider(),
    },
    lsp: {
        CodeActionProvider: services => new StrideCodeActionProvider(services),
    },
    references: {
        ScopeComputation: services => new StrideScopeComputation(services),
        Linker: services => new StrideLinker(services),
    },
    validation: {
        StrideValidator: services => new StrideValidator(services),
    },
    plan: {
        PlanProvider: () => new PlanProvider(),
    },
};

export const StrideSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: services => new StrideWorkspaceManager(services),
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
