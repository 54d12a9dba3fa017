package dev.newstidy.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The record contract (schema 2) as a fixed Spark schema, so that Parquet columns do not depend on
 * which fields a run's data happened to fill: every field of the README's record table is a
 * column, whole numbers are {@code long}, nested objects are structs and lists arrays.
 * {@code source.fields} (free keys from the input) is a {@code map<string,string>}: a string value
 * stays itself, any other value is kept as its JSON text.
 *
 * <p>Example, pinned by {@code SparkOutputTest}: {@code {"schema":2,"id":7,"lang":"zh-Hans","title":
 * "柳河镇新桥通车",…,"body":[{"kind":"paragraph","text":"…"}],…}} becomes a row with {@code id} 7,
 * {@code title} "柳河镇新桥通车" and {@code body[0].text} the paragraph; a field a later version adds is
 * not a column until it is added here ({@code SparkOutputTest} fails when a record holds one).
 */
final class RecordSchema {
  private RecordSchema() {}

  /** The columns, in the record's field order. */
  static final StructType RECORD =
      struct(
          field("schema", LongType),
          field("id", LongType),
          field("lang", StringType),
          field("title", StringType),
          field("subtitle", StringType),
          field(
              "byline",
              struct(
                  field("text", StringType),
                  field("names", createArrayType(StringType)),
                  field("roles", createArrayType(StringType)),
                  field(
                      "credits",
                      createArrayType(
                          struct(field("name", StringType), field("role", StringType), field("kind", StringType)))))),
          field("dateline", StringType),
          field("date", StringType),
          field("publisher", StringType),
          field("authors", createArrayType(StringType)),
          field("editors", createArrayType(StringType)),
          field("reviewers", createArrayType(StringType)),
          field("url", StringType),
          field("body", createArrayType(struct(field("kind", StringType), field("text", StringType)))),
          field("flags", createArrayType(StringType)),
          field(
              "source",
              struct(
                  field("path", StringType),
                  field("record", LongType),
                  field("first_line", LongType),
                  field("last_line", LongType),
                  field("encoding", StringType),
                  field("fields", createMapType(StringType, StringType)))),
          field(
              "removed",
              createArrayType(
                  struct(
                      field("reason", StringType),
                      field("record", LongType),
                      field("line", LongType),
                      field("text", StringType),
                      field(
                          "first_seen",
                          struct(field("path", StringType), field("record", LongType), field("line", LongType))),
                      field("similarity", DoubleType),
                      field("kept", BooleanType)))),
          field("joins", createArrayType(struct(field("line", LongType), field("next_line", LongType)))),
          field(
              "warnings",
              createArrayType(struct(field("code", StringType), field("line", LongType), field("message", StringType)))));

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }

  private static StructType struct(StructField... fields) {
    return createStructType(List.of(fields));
  }
}
