#include "importers/pipeline.h"

#include "importers/coref/coreference_resolver.h"
#include "importers/events/event_extractor.h"
#include "importers/mentions/mention_detector.h"
#include "importers/pipeline_tokens.h"
#include "importers/quotes/quote_extractor.h"
#include "importers/relations/relation_extractor.h"
#include "importers/relations/relation_signature.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"

namespace dossier::importers {

void IncludeHeadline(Article* article) {
    const std::string& title = article->title;
    if (title.empty() || article->text.compare(0, title.size(), title) == 0) return;
    article->text = title + "\n\n" + article->text;
}

Result<std::unique_ptr<Pipeline>> Pipeline::Create() {
    std::unique_ptr<Pipeline> p(new Pipeline());
    DOSSIER_ASSIGN_OR_RETURN(p->splitter_, SentenceSplitter::Create());
    DOSSIER_ASSIGN_OR_RETURN(MentionDetector detector, MentionDetector::CreateDefault());
    p->detector_ = std::make_unique<MentionDetector>(std::move(detector));
    return p;
}

Pipeline::~Pipeline() = default;

void Pipeline::Run(Document* doc) {
    doc->sentences.clear();
    doc->tokens.clear();
    doc->mentions.clear();
    doc->entities.clear();
    doc->quotes.clear();
    doc->relations.clear();
    doc->dropped_relations.clear();
    doc->events.clear();
    IncludeHeadline(&doc->article);
    splitter_->Split(doc);
    Tokenizer::Tokenize(doc);
    detector_->Detect(doc);
    RunMeaningLayer(doc);
}

void Pipeline::RunMeaningLayer(Document* doc) {
    TokenIndex index(*doc);
    CoreferenceResolver().Run(doc, &index);
    QuoteExtractor().Run(doc, index);
    RelationExtractor().Run(doc, index);
    EventExtractor().Run(doc, index);
    DropUnsignedRelations(doc);
}

}  // namespace dossier::importers
