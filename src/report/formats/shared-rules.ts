// Generated once from the project's specification (report-format.json, schema 1.0.0) and kept here as
// data: the project never reads the specification folder at run time. Ids and labels are exactly those of the
// statutory formats; edit only to follow a change in the law.

export const reportLevelRules = [
  {
    "id": "R_FORMAT_MATCHES_YEAR",
    "severity": "warning",
    "rule": "format_for_year",
    "mapping": [
      {
        "from": 2019,
        "to": 2020,
        "format": "gov_2019"
      },
      {
        "from": 2021,
        "to": null,
        "format": "gov_2021"
      }
    ],
    "mixed_format_code": "MIXED_FORMAT"
  },
  {
    "id": "R_CITED_DOCUMENT",
    "severity": "warning",
    "rule": "cited_document",
    "expected": {
      "gov_2021": "国办公开办函〔2021〕30号",
      "gov_2019": "国办公开办函〔2019〕60号"
    }
  },
  {
    "id": "R_SIX_SECTIONS",
    "severity": "warning",
    "rule": "sections_present_in_order",
    "sections": [
      "general_situation",
      "active_disclosure",
      "applications",
      "review_litigation",
      "problems_and_improvements",
      "other_matters"
    ]
  },
  {
    "id": "R_PERIOD",
    "severity": "warning",
    "rule": "statistics_period",
    "expected": "{Y}-01-01..{Y}-12-31"
  },
  {
    "id": "R_REPORT_DATE",
    "severity": "warning",
    "rule": "date_after",
    "field": "report_date",
    "after": "{Y}-12-31"
  },
  {
    "id": "R_DEADLINE",
    "severity": "warning",
    "rule": "publication_deadline",
    "deadlines": [
      {
        "org_levels": [
          "county_department",
          "prefecture_department",
          "provincial_department"
        ],
        "date": "{Y+1}-01-31",
        "basis": "条例第四十九条第一款"
      },
      {
        "org_levels": [
          "county_government",
          "prefecture_government",
          "provincial_government"
        ],
        "date": "{Y+1}-03-31",
        "basis": "条例第四十九条第二款 (published by the 主管部门)"
      },
      {
        "org_levels": [
          "township_government",
          "subdistrict_office"
        ],
        "date": "{Y+1}-01-31",
        "basis": "not in 条例; configurable default (README U5)",
        "configurable": true
      }
    ]
  },
  {
    "id": "R_NARRATIVE_COUNTS",
    "severity": "warning",
    "rule": "narrative",
    "checks": [
      "依申请 counts in prose equal applications.new_received.total (or +carried_over if prose says 办理)",
      "'无依申请' implies applications rows new_received and carried_over_from_last_year are all 0",
      "'无行政复议/行政诉讼' implies all review_litigation cells are 0",
      "fee statement in other_matters consistent with outcomes.other_handling.fee_unpaid_overdue"
    ]
  },
  {
    "id": "R_SECTION6_FEES",
    "severity": "warning",
    "rule": "narrative",
    "applies_to": [
      "gov_2021"
    ],
    "check": "other_matters contains a 信息处理费 statement"
  },
  {
    "id": "R_ZERO_REPORT_COMPLETE",
    "severity": "warning",
    "rule": "all_cells_present"
  },
  {
    "id": "R_SAME_AS_LAST_YEAR",
    "severity": "warning",
    "rule": "text_similarity",
    "sections": [
      "general_situation",
      "problems_and_improvements"
    ],
    "threshold": 0.9
  }
] as const;

export const formatDetection = {
  "gov_2021_table2_markers": [
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "本年收费金额"
  ],
  "gov_2019_table2_markers": [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "其他对外管理服务事项",
    "第二十条第（九）项",
    "政府集中采购"
  ],
  "gov_2021_table3_markers": [
    "申请人无正当理由逾期不补正",
    "逾期未按收费通知要求缴纳费用"
  ],
  "note": "gov_2019 table 三 is recognised by （六）其他处理 followed directly by （七）总计 with numbers on the （六） row"
} as const;

export const labelNormalization = {
  "rules": [
    "convert ASCII parentheses () to full-width （）",
    "remove whitespace inside labels (reports wrap '本年新\\n制作数量', '结 果 维 持')",
    "normalise '1. ' / '1、' / '1．' to '1.'",
    "treat '、' and '，' as equivalent joiners in （六）1 and （六）2",
    "treat straight and curly double quotes around 三安全一稳定 as equivalent",
    "'规 章' == '规章'"
  ],
  "cell_tokens": {
    "": "blank -> null (0 for arithmetic, BLANK_CELL warning)",
    "/": "not applicable -> 0",
    "—": "not applicable -> 0",
    "-": "not applicable -> 0 (but '-3' in change_this_year is negative three)"
  }
} as const;

export const crossFormatMapping = {
  "applications": {
    "all rows identical except": {
      "gov_2019:outcomes.other_handling": "sum(gov_2021:outcomes.other_handling.correction_overdue, .fee_unpaid_overdue, .other)"
    }
  },
  "active_disclosure": "not comparable between gov_2019 and gov_2021 except row identity (regulations, normative_documents, administrative_licensing, administrative_penalty, administrative_coercion, administrative_fees)",
  "review_litigation": "identical"
} as const;
