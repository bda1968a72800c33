/** The one place where the stages run, in order: {@link id.warta.pipeline.Pipeline#analyze}. */
package id.warta.pipeline;
