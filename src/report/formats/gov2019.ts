// Generated once from the project's specification (report-format.json, schema 1.0.0) and kept here as
// data: the project never reads the specification folder at run time. Ids and labels are exactly those of the
// statutory formats; edit only to follow a change in the law.
// 国办公开办函〔2019〕60号 中华人民共和国政府信息公开工作年度报告格式（试行）

export const gov2019Format = {
  "id": "gov_2019",
  "document_no": "国办公开办函〔2019〕60号",
  "document_title": "国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知",
  "attachment_title": "中华人民共和国政府信息公开工作年度报告格式（试行）",
  "applies_to_report_years": {
    "from": 2019,
    "to": 2020
  },
  "sections": [
    {
      "id": "general_situation",
      "number": "一",
      "heading": "一、总体情况",
      "note": "监督保障 includes, for people's governments at every level, 工作考核、社会评议和责任追究结果情况 (条例第五十条第（四）项)"
    },
    {
      "id": "active_disclosure",
      "number": "二",
      "heading": "二、主动公开政府信息情况",
      "table": "active_disclosure"
    },
    {
      "id": "applications",
      "number": "三",
      "heading": "三、收到和处理政府信息公开申请情况",
      "table": "applications"
    },
    {
      "id": "review_litigation",
      "number": "四",
      "heading": "四、政府信息公开行政复议、行政诉讼情况",
      "table": "review_litigation"
    },
    {
      "id": "problems_and_improvements",
      "number": "五",
      "heading": "五、存在的主要问题及改进情况"
    },
    {
      "id": "other_matters",
      "number": "六",
      "heading": "六、其他需要报告的事项"
    }
  ],
  "tables": {
    "active_disclosure": {
      "id": "active_disclosure",
      "section": "二",
      "title": "主动公开政府信息情况",
      "cell_id_pattern": "{block}.{row}.{column}",
      "header_first_cell_label": "信息内容",
      "blocks": [
        {
          "id": "art20_item1",
          "label": "第二十条第（一）项",
          "columns": [
            {
              "id": "newly_made",
              "label": "本年新制作数量",
              "unit": "件",
              "value_type": "non_negative_integer"
            },
            {
              "id": "newly_published",
              "label": "本年新公开数量",
              "unit": "件",
              "value_type": "non_negative_integer"
            },
            {
              "id": "total_published",
              "label": "对外公开总数量",
              "unit": "件",
              "value_type": "non_negative_integer"
            }
          ],
          "rows": [
            {
              "id": "regulations",
              "label": "规章"
            },
            {
              "id": "normative_documents",
              "label": "规范性文件"
            }
          ]
        },
        {
          "id": "art20_item5",
          "label": "第二十条第（五）项",
          "columns": [
            {
              "id": "items_last_year",
              "label": "上一年项目数量",
              "unit": "项",
              "value_type": "non_negative_integer"
            },
            {
              "id": "change_this_year",
              "label": "本年增/减",
              "unit": "项",
              "value_type": "signed_integer"
            },
            {
              "id": "decisions_count",
              "label": "处理决定数量",
              "unit": "件",
              "value_type": "non_negative_integer"
            }
          ],
          "rows": [
            {
              "id": "administrative_licensing",
              "label": "行政许可"
            },
            {
              "id": "other_external_management_services",
              "label": "其他对外管理服务事项"
            }
          ]
        },
        {
          "id": "art20_item6",
          "label": "第二十条第（六）项",
          "columns": [
            {
              "id": "items_last_year",
              "label": "上一年项目数量",
              "unit": "项",
              "value_type": "non_negative_integer"
            },
            {
              "id": "change_this_year",
              "label": "本年增/减",
              "unit": "项",
              "value_type": "signed_integer"
            },
            {
              "id": "decisions_count",
              "label": "处理决定数量",
              "unit": "件",
              "value_type": "non_negative_integer"
            }
          ],
          "rows": [
            {
              "id": "administrative_penalty",
              "label": "行政处罚"
            },
            {
              "id": "administrative_coercion",
              "label": "行政强制"
            }
          ]
        },
        {
          "id": "art20_item8",
          "label": "第二十条第（八）项",
          "columns": [
            {
              "id": "items_last_year",
              "label": "上一年项目数量",
              "unit": "项",
              "value_type": "non_negative_integer"
            },
            {
              "id": "change_this_year",
              "label": "本年增/减",
              "unit": "项",
              "value_type": "signed_integer"
            }
          ],
          "rows": [
            {
              "id": "administrative_fees",
              "label": "行政事业性收费"
            }
          ]
        },
        {
          "id": "art20_item9",
          "label": "第二十条第（九）项",
          "source_item": "条例第二十条第（九）项 政府集中采购项目的目录、标准及实施情况",
          "columns": [
            {
              "id": "procurement_project_count",
              "label": "采购项目数量",
              "unit": "项",
              "value_type": "non_negative_integer"
            },
            {
              "id": "procurement_total_amount",
              "label": "采购总金额",
              "unit": null,
              "value_type": "non_negative_decimal",
              "note": "format prints no unit; store an explicit unit attribute (yuan|wan_yuan), default wan_yuan (README U13)"
            }
          ],
          "rows": [
            {
              "id": "centralized_government_procurement",
              "label": "政府集中采购"
            }
          ]
        }
      ]
    },
    "applications": {
      "id": "applications",
      "section": "三",
      "title": "收到和处理政府信息公开申请情况",
      "cell_id_pattern": "{row}.{column}",
      "corner_note": "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
      "column_group_label": "申请人情况",
      "columns": [
        {
          "id": "natural_person",
          "label": "自然人"
        },
        {
          "id": "legal_person_or_other_organization",
          "label": "法人或其他组织",
          "is_group": true,
          "children": [
            {
              "id": "commercial_enterprise",
              "label": "商业企业"
            },
            {
              "id": "research_institution",
              "label": "科研机构"
            },
            {
              "id": "social_welfare_organization",
              "label": "社会公益组织"
            },
            {
              "id": "legal_service_organization",
              "label": "法律服务机构"
            },
            {
              "id": "other_organization",
              "label": "其他"
            }
          ]
        },
        {
          "id": "total",
          "label": "总计",
          "is_total": true
        }
      ],
      "leaf_columns_in_order": [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization",
        "total"
      ],
      "rows": [
        {
          "id": "new_received",
          "number": "一、",
          "label": "本年新收政府信息公开申请数量"
        },
        {
          "id": "carried_over_from_last_year",
          "number": "二、",
          "label": "上年结转政府信息公开申请数量"
        },
        {
          "id": "outcomes",
          "number": "三、",
          "label": "本年度办理结果",
          "is_group": true,
          "children": [
            {
              "id": "outcomes.granted",
              "number": "（一）",
              "label": "予以公开",
              "basis": "条例第三十六条第（一）（二）项"
            },
            {
              "id": "outcomes.partially_granted",
              "number": "（二）",
              "label": "部分公开（区分处理的，只计这一情形，不计其他情形）",
              "basis": "条例第三十七条"
            },
            {
              "id": "outcomes.withheld",
              "number": "（三）",
              "label": "不予公开",
              "is_group": true,
              "children": [
                {
                  "id": "outcomes.withheld.state_secret",
                  "number": "1.",
                  "label": "属于国家秘密",
                  "basis": "条例第十四条"
                },
                {
                  "id": "outcomes.withheld.prohibited_by_laws",
                  "number": "2.",
                  "label": "其他法律行政法规禁止公开",
                  "basis": "条例第十四条"
                },
                {
                  "id": "outcomes.withheld.endangers_security_stability",
                  "number": "3.",
                  "label": "危及“三安全一稳定”",
                  "basis": "条例第十四条（国家安全、公共安全、经济安全、社会稳定）"
                },
                {
                  "id": "outcomes.withheld.third_party_rights",
                  "number": "4.",
                  "label": "保护第三方合法权益",
                  "basis": "条例第十五条、第三十二条"
                },
                {
                  "id": "outcomes.withheld.internal_affairs",
                  "number": "5.",
                  "label": "属于三类内部事务信息",
                  "basis": "条例第十六条第一款（人事管理、后勤管理、内部工作流程）"
                },
                {
                  "id": "outcomes.withheld.process_information",
                  "number": "6.",
                  "label": "属于四类过程性信息",
                  "basis": "条例第十六条第二款（讨论记录、过程稿、磋商信函、请示报告）"
                },
                {
                  "id": "outcomes.withheld.law_enforcement_files",
                  "number": "7.",
                  "label": "属于行政执法案卷",
                  "basis": "条例第十六条第二款"
                },
                {
                  "id": "outcomes.withheld.administrative_inquiry",
                  "number": "8.",
                  "label": "属于行政查询事项",
                  "basis": "practice mapping: 条例第三十六条第（七）项 (uncertain, see README U7)"
                }
              ]
            },
            {
              "id": "outcomes.unable_to_provide",
              "number": "（四）",
              "label": "无法提供",
              "is_group": true,
              "children": [
                {
                  "id": "outcomes.unable_to_provide.not_held",
                  "number": "1.",
                  "label": "本机关不掌握相关政府信息",
                  "basis": "条例第三十六条第（四）项；practice also第（五）项"
                },
                {
                  "id": "outcomes.unable_to_provide.requires_creation",
                  "number": "2.",
                  "label": "没有现成信息需要另行制作",
                  "basis": "条例第三十八条"
                },
                {
                  "id": "outcomes.unable_to_provide.still_unclear_after_correction",
                  "number": "3.",
                  "label": "补正后申请内容仍不明确",
                  "basis": "条例第三十条"
                }
              ]
            },
            {
              "id": "outcomes.not_processed",
              "number": "（五）",
              "label": "不予处理",
              "is_group": true,
              "children": [
                {
                  "id": "outcomes.not_processed.petition_complaint_report",
                  "number": "1.",
                  "label": "信访举报投诉类申请",
                  "basis": "条例第三十九条第一款"
                },
                {
                  "id": "outcomes.not_processed.repeated_application",
                  "number": "2.",
                  "label": "重复申请",
                  "basis": "条例第三十六条第（六）项"
                },
                {
                  "id": "outcomes.not_processed.public_publication",
                  "number": "3.",
                  "label": "要求提供公开出版物",
                  "basis": "条例第三十九条第二款"
                },
                {
                  "id": "outcomes.not_processed.excessive_without_reason",
                  "number": "4.",
                  "label": "无正当理由大量反复申请",
                  "basis": "条例第三十五条"
                },
                {
                  "id": "outcomes.not_processed.confirm_or_reissue",
                  "number": "5.",
                  "label": "要求行政机关确认或重新出具已获取信息",
                  "basis": "no express article; practice"
                }
              ]
            },
            {
              "id": "outcomes.other_handling",
              "number": "（六）",
              "label": "其他处理",
              "is_group": false,
              "note": "single leaf row in gov_2019; equals the sum of the three gov_2021 sub-rows"
            },
            {
              "id": "outcomes.total",
              "number": "（七）",
              "label": "总计",
              "is_total": true
            }
          ]
        },
        {
          "id": "carried_to_next_year",
          "number": "四、",
          "label": "结转下年度继续办理"
        }
      ],
      "leaf_rows_in_order": [
        "new_received",
        "carried_over_from_last_year",
        "outcomes.granted",
        "outcomes.partially_granted",
        "outcomes.withheld.state_secret",
        "outcomes.withheld.prohibited_by_laws",
        "outcomes.withheld.endangers_security_stability",
        "outcomes.withheld.third_party_rights",
        "outcomes.withheld.internal_affairs",
        "outcomes.withheld.process_information",
        "outcomes.withheld.law_enforcement_files",
        "outcomes.withheld.administrative_inquiry",
        "outcomes.unable_to_provide.not_held",
        "outcomes.unable_to_provide.requires_creation",
        "outcomes.unable_to_provide.still_unclear_after_correction",
        "outcomes.not_processed.petition_complaint_report",
        "outcomes.not_processed.repeated_application",
        "outcomes.not_processed.public_publication",
        "outcomes.not_processed.excessive_without_reason",
        "outcomes.not_processed.confirm_or_reissue",
        "outcomes.other_handling",
        "outcomes.total",
        "carried_to_next_year"
      ],
      "group_rows_have_cells": false,
      "value_type": "non_negative_integer"
    },
    "review_litigation": {
      "id": "review_litigation",
      "section": "四",
      "title": "政府信息公开行政复议、行政诉讼情况",
      "cell_id_pattern": "{block}.{column}",
      "rows": [
        {
          "id": "count",
          "label": null,
          "note": "single unlabeled data row"
        }
      ],
      "column_blocks": [
        {
          "id": "administrative_reconsideration",
          "label": "行政复议",
          "path_labels": [
            "行政复议"
          ]
        },
        {
          "id": "litigation_direct",
          "label": "未经复议直接起诉",
          "path_labels": [
            "行政诉讼",
            "未经复议直接起诉"
          ]
        },
        {
          "id": "litigation_after_reconsideration",
          "label": "复议后起诉",
          "path_labels": [
            "行政诉讼",
            "复议后起诉"
          ]
        }
      ],
      "block_columns": [
        {
          "id": "upheld",
          "label": "结果维持"
        },
        {
          "id": "corrected",
          "label": "结果纠正"
        },
        {
          "id": "other_result",
          "label": "其他结果"
        },
        {
          "id": "pending",
          "label": "尚未审结"
        },
        {
          "id": "total",
          "label": "总计",
          "is_total": true
        }
      ],
      "header_layout": "row1: 行政复议(colspan5) | 行政诉讼(colspan10); row2: 5 复议 columns (rowspan2) | 未经复议直接起诉(colspan5) | 复议后起诉(colspan5); row3: 5 litigation columns x2",
      "cell_count": 15,
      "value_type": "non_negative_integer"
    }
  },
  "rules": [
    {
      "id": "T3_INTEGER",
      "severity": "error",
      "table": "applications",
      "rule": "value_type",
      "cells": "*",
      "value_type": "non_negative_integer"
    },
    {
      "id": "T3_BALANCE",
      "severity": "error",
      "table": "applications",
      "rule": "balance",
      "lhs": [
        "new_received",
        "carried_over_from_last_year"
      ],
      "rhs": [
        "outcomes.total",
        "carried_to_next_year"
      ],
      "per_column": true,
      "columns": [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization",
        "total"
      ],
      "description": "一+二 = 三（七）总计+四, for every column including 总计"
    },
    {
      "id": "T3_ROW_TOTAL",
      "severity": "error",
      "table": "applications",
      "rule": "sum",
      "axis": "columns",
      "target": "total",
      "operands": [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization"
      ],
      "per_row": true,
      "rows": "all_leaf_rows",
      "description": "总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他, for every numeric row"
    },
    {
      "id": "T3_OUTCOME_TOTAL",
      "severity": "error",
      "table": "applications",
      "rule": "sum",
      "axis": "rows",
      "target": "outcomes.total",
      "operands": [
        "outcomes.granted",
        "outcomes.partially_granted",
        "outcomes.withheld.state_secret",
        "outcomes.withheld.prohibited_by_laws",
        "outcomes.withheld.endangers_security_stability",
        "outcomes.withheld.third_party_rights",
        "outcomes.withheld.internal_affairs",
        "outcomes.withheld.process_information",
        "outcomes.withheld.law_enforcement_files",
        "outcomes.withheld.administrative_inquiry",
        "outcomes.unable_to_provide.not_held",
        "outcomes.unable_to_provide.requires_creation",
        "outcomes.unable_to_provide.still_unclear_after_correction",
        "outcomes.not_processed.petition_complaint_report",
        "outcomes.not_processed.repeated_application",
        "outcomes.not_processed.public_publication",
        "outcomes.not_processed.excessive_without_reason",
        "outcomes.not_processed.confirm_or_reissue",
        "outcomes.other_handling"
      ],
      "per_column": true,
      "columns": [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization",
        "total"
      ],
      "description": "（七）总计 = sum of every outcome leaf row"
    },
    {
      "id": "T3_PRIOR_CARRYOVER",
      "severity": "warning",
      "severity_if_both_reports_in_product": "error",
      "table": "applications",
      "rule": "equals_prior_year",
      "lhs": "carried_over_from_last_year",
      "prior_year_rhs": "carried_to_next_year",
      "per_column": true,
      "columns": [
        "natural_person",
        "commercial_enterprise",
        "research_institution",
        "social_welfare_organization",
        "legal_service_organization",
        "other_organization",
        "total"
      ],
      "cross_format": true
    },
    {
      "id": "T3_CARRYOVER_PLAUSIBLE",
      "severity": "warning",
      "table": "applications",
      "rule": "less_or_equal",
      "lhs": "carried_to_next_year.total",
      "rhs": "new_received.total",
      "description": "carry-over larger than this year's intake is suspicious"
    },
    {
      "id": "T4_INTEGER",
      "severity": "error",
      "table": "review_litigation",
      "rule": "value_type",
      "cells": "*",
      "value_type": "non_negative_integer"
    },
    {
      "id": "T4_REVIEW_TOTAL",
      "severity": "error",
      "table": "review_litigation",
      "rule": "sum",
      "target": "administrative_reconsideration.total",
      "operands": [
        "administrative_reconsideration.upheld",
        "administrative_reconsideration.corrected",
        "administrative_reconsideration.other_result",
        "administrative_reconsideration.pending"
      ]
    },
    {
      "id": "T4_DIRECT_TOTAL",
      "severity": "error",
      "table": "review_litigation",
      "rule": "sum",
      "target": "litigation_direct.total",
      "operands": [
        "litigation_direct.upheld",
        "litigation_direct.corrected",
        "litigation_direct.other_result",
        "litigation_direct.pending"
      ]
    },
    {
      "id": "T4_AFTER_REVIEW_TOTAL",
      "severity": "error",
      "table": "review_litigation",
      "rule": "sum",
      "target": "litigation_after_reconsideration.total",
      "operands": [
        "litigation_after_reconsideration.upheld",
        "litigation_after_reconsideration.corrected",
        "litigation_after_reconsideration.other_result",
        "litigation_after_reconsideration.pending"
      ]
    },
    {
      "id": "T4_AFTER_REVIEW_PLAUSIBLE",
      "severity": "warning",
      "table": "review_litigation",
      "rule": "implies",
      "if": {
        "cell": "litigation_after_reconsideration.total",
        "op": ">",
        "value": 0
      },
      "then": {
        "any_of": [
          {
            "cell": "administrative_reconsideration.total",
            "op": ">",
            "value": 0
          },
          {
            "cell": "administrative_reconsideration.total",
            "year_offset": -1,
            "op": ">",
            "value": 0
          }
        ]
      }
    },
    {
      "id": "T4_VS_T3_PLAUSIBLE",
      "severity": "warning",
      "rule": "implies",
      "if": {
        "any_of": [
          {
            "table": "review_litigation",
            "cell": "administrative_reconsideration.total",
            "op": ">",
            "value": 0
          },
          {
            "table": "review_litigation",
            "cell": "litigation_direct.total",
            "op": ">",
            "value": 0
          }
        ]
      },
      "then": {
        "any_of": [
          {
            "table": "applications",
            "cell": "outcomes.total.total",
            "op": ">",
            "value": 0
          },
          {
            "table": "applications",
            "cell": "outcomes.total.total",
            "year_offset": -1,
            "op": ">",
            "value": 0
          }
        ]
      },
      "description": "cases without any application this or last year: confirm they concern 主动公开"
    },
    {
      "id": "T2_INTEGER",
      "severity": "error",
      "table": "active_disclosure",
      "rule": "value_type",
      "cells": "*",
      "value_type": "per_column_definition"
    },
    {
      "id": "T2_REGULATIONS_ZERO_FOR_LOCAL",
      "severity": "warning",
      "table": "active_disclosure",
      "rule": "must_equal",
      "cells": "art20_item1.regulations.*",
      "value": 0,
      "applies_to_org_levels": [
        "county_government",
        "county_department",
        "township_government",
        "subdistrict_office"
      ],
      "description": "only 国务院部门 and governments of provinces/设区的市/自治州 make 规章"
    },
    {
      "id": "T4_PENDING_CONTINUITY",
      "severity": "warning",
      "table": "review_litigation",
      "rule": "informational",
      "description": "show last year's pending (尚未审结) figures next to this year's entry; last year's pending cases must reappear as concluded or still pending"
    },
    {
      "id": "T4_NARRATIVE",
      "severity": "warning",
      "table": "review_litigation",
      "rule": "narrative",
      "check": "if general_situation states there was no 行政复议/行政诉讼, all 15 cells are 0, and vice versa"
    },
    {
      "id": "T2_CATALOGUE_MATCH",
      "severity": "warning",
      "table": "active_disclosure",
      "rule": "equals_computed",
      "cells": "art20_item1.*",
      "computed_from": "normative-document register (active-disclosure.md section 7.3)"
    },
    {
      "id": "BLANK_CELL",
      "severity": "warning",
      "rule": "no_blank",
      "tables": [
        "active_disclosure",
        "applications",
        "review_litigation"
      ],
      "description": "blank treated as 0 for arithmetic but flagged; '/' treated as 0 (not applicable)"
    },
    {
      "id": "T2_2019_TOTAL_GE_NEW",
      "severity": "warning",
      "table": "active_disclosure",
      "rule": "greater_or_equal",
      "per_row": [
        "regulations",
        "normative_documents"
      ],
      "block": "art20_item1",
      "lhs": [
        {
          "column": "total_published",
          "sign": 1
        }
      ],
      "rhs": [
        {
          "column": "newly_published",
          "sign": 1
        }
      ]
    },
    {
      "id": "T2_2019_ITEMS_CONTINUITY",
      "severity": "warning",
      "table": "active_disclosure",
      "rule": "prior_year_equation",
      "blocks": [
        "art20_item5",
        "art20_item6",
        "art20_item8"
      ],
      "per_row": "all",
      "lhs": [
        {
          "column": "items_last_year",
          "year_offset": 0,
          "sign": 1
        }
      ],
      "rhs": [
        {
          "column": "items_last_year",
          "year_offset": -1,
          "sign": 1
        },
        {
          "column": "change_this_year",
          "year_offset": -1,
          "sign": 1
        }
      ],
      "skip_if_prior_format_differs": true
    },
    {
      "id": "T2_2019_ITEMS_NONNEG",
      "severity": "warning",
      "table": "active_disclosure",
      "rule": "greater_or_equal",
      "blocks": [
        "art20_item5",
        "art20_item6",
        "art20_item8"
      ],
      "per_row": "all",
      "lhs": [
        {
          "column": "items_last_year",
          "sign": 1
        },
        {
          "column": "change_this_year",
          "sign": 1
        }
      ],
      "rhs": [
        {
          "constant": 0
        }
      ]
    }
  ]
} as const;
