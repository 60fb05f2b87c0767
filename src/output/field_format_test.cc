#include "output/field_format.h"

#include <gtest/gtest.h>

#include <string>

namespace entente {
namespace {

TEST(FieldFormat, TsvField) {
  std::string out = "kept\t";
  AppendTsvField("a\tb\r\nc", &out);
  AppendTsvField("", &out);
  AppendTsvField("plain", &out);
  EXPECT_EQ(out, "kept\ta b  cplain");  // only the appended bytes change
}

TEST(FieldFormat, Goldstein) {
  std::string out;
  for (const char* code : {"036", "190", "010", "0874", "99"}) {
    AppendGoldstein(LookupCameo(code), &out);
    out += "|";
  }
  EXPECT_EQ(out, "4.0|-10.0|0.0|10.0||");  // nothing for an unknown code
}

TEST(FieldFormat, Dates) {
  Day d = kNoDate;
  ASSERT_TRUE(ParseIsoDate("2014-03-01", &d));
  std::string out;
  AppendIsoDate(d, &out);
  out += "|";
  AppendIsoDate(kNoDate, &out);
  out += "|";
  AppendJsonDate(d, &out);
  out += "|";
  AppendJsonDate(kNoDate, &out);
  EXPECT_EQ(out, "2014-03-01||\"2014-03-01\"|null");
}

TEST(FieldFormat, JsonCodebookFields) {
  std::string out;
  for (const char* code : {"036", "0399", "010", "99", ""}) {
    AppendJsonCodebookFields(code, &out);
    out += "\n";
  }
  EXPECT_EQ(out,
            ",\"root\":\"03\",\"quad\":1,\"goldstein\":4.0,\"plover\":\"AGREE\"\n"
            ",\"root\":\"03\",\"quad\":1,\"goldstein\":5.0,\"plover\":\"AGREE\"\n"  // as 039
            ",\"root\":\"01\",\"quad\":1,\"goldstein\":0.0,\"plover\":\"\"\n"
            ",\"root\":\"99\",\"quad\":0,\"goldstein\":null,\"plover\":\"\"\n"
            ",\"root\":\"\",\"quad\":0,\"goldstein\":null,\"plover\":\"\"\n");
}

}  // namespace
}  // namespace entente
