import type { AstNode, LangiumDocument, LangiumSharedCoreServices, ParseResult, URI } from 'langium';
import { Cancellation, DefaultLangiumDocumentFactory } from 'langium';
import type { StrideServices } from '../stride-module.js';
import { BlockParser } from './block-parser.js';

/**
 * Documents parsed block by block (block-parser.ts): a new document in small steps that a newer
 * edit can cut short, and a changed one keeping the blocks its change left alone.
 */
export class StrideDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse each document had when its update began: what the update's parse may keep. */
    private readonly previous = new Map<string, ParseResult>();
    private readonly parsers = new WeakMap<object, BlockParser>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancelToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.previous.set(key, document.parseResult);
        try {
            return await super.update(document, cancelToken);
        } finally {
            this.previous.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancelToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const services = this.serviceRegistry.getServices(uri) as StrideServices;
        let parser = this.parsers.get(services);
        if (!parser) {
            parser = new BlockParser(services.parser.LangiumParser, services.parser.Lexer, services.shared.AstReflection);
            this.parsers.set(services, parser);
        }
        const parsed = await parser.parse(text, this.previous.get(uri.toString()), cancelToken);
        return (parsed ?? services.parser.LangiumParser.parse(text)) as ParseResult<T>;
    }
}
