/** The JSON form of Warta's records: {@link id.warta.json.ArticleJson}. */
package id.warta.json;
