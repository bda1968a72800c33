/**
 * The named-entity tagger: features ({@link id.warta.entities.ner.Features}), the linear-chain
 * model and its Viterbi decoder ({@link id.warta.entities.ner.NerModel}), the learners
 * (averaged perceptron, CRF) and the training recipe ({@link id.warta.entities.ner.NerTraining}).
 */
package id.warta.entities.ner;
