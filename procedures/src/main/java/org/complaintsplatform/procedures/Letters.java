package org.complaintsplatform.procedures;

import java.util.List;
import java.util.Map;

/**
 * What letters must say, and in which words.
 *
 * @param ownWords                         the organisation's words for glossary terms
 * @param acknowledgementStates            what the acknowledgement letter must tell the complainant
 * @param nextStageParagraphInEveryResponse whether every response explains how to go to the next stage
 * @param cautions                         wording traps found in the seed
 */
public record Letters(
        Map<LetterTerm, String> ownWords,
        List<LetterContent> acknowledgementStates,
        boolean nextStageParagraphInEveryResponse,
        List<Provision> cautions) {

    public Letters {
        ownWords = Map.copyOf(ownWords);
        acknowledgementStates = List.copyOf(acknowledgementStates);
        cautions = List.copyOf(cautions);
    }
}
