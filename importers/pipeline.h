// Pipeline: runs every extraction stage over one Document, in the order document.h lists.
//
//   text layer:    SentenceSplitter -> Tokenizer -> MentionDetector
//   meaning layer: CoreferenceResolver -> QuoteExtractor -> RelationExtractor -> EventExtractor
//
// Not thread-safe (the sentence splitter holds ICU state): each thread owns its Pipeline.
#pragma once

#include <memory>

#include "graph/status.h"
#include "importers/document.h"

namespace dossier::importers {

class SentenceSplitter;
class MentionDetector;

// The headline is analysed like any sentence: Run puts article->title, when the text does not
// already open with it, before the text as a paragraph of its own, so that every offset points
// into the one text stored (the Article node's `text` then holds the headline too).
void IncludeHeadline(Article* article);

class Pipeline {
  public:
    // Fails only when a stage cannot initialise (a broken ICU installation).
    static Result<std::unique_ptr<Pipeline>> Create();
    ~Pipeline();

    // Runs all stages on doc (doc->article must be filled; its text gains the headline, see
    // IncludeHeadline). Earlier layers are replaced.
    void Run(Document* doc);

    // The meaning layer alone, on a document whose sentences, tokens and mentions are set.
    static void RunMeaningLayer(Document* doc);

  private:
    Pipeline() = default;
    std::unique_ptr<SentenceSplitter> splitter_;
    std::unique_ptr<MentionDetector> detector_;
};

}  // namespace dossier::importers
