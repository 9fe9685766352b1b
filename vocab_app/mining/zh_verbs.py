"""Chinese verbs that take a term as their object, with the English they translate to.

Before a glossed Chinese term, text often has a verb whose object the term is: `引入低秩适配
（LoRA）`, `部署量化模型（quantized model）`, `训练大语言模型（LLM）`. jieba tags most of them
v, but some as n or vn, and the same words also start real terms (`训练数据` is training data,
`支持向量机` is a support vector machine). The gloss decides: a verb stays in the term when a
gloss word translates it (an English word starting with one of its stems, or an abbreviation
with one of their initials); otherwise the term starts after it (rule B3).

Verbs of requiring, ensuring or enabling a property are listed too (`要求强一致（strong
consistency）` → 强一致, `默认启用混合精度` → 混合精度). Only verbs of doing something *to* a
thing are listed; content verbs that name a technique
(蒸馏, 检索, 强化, 迁移, 集成, 生成, 监督) are not, since terms are made of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vocab_app.mining.abbrev import is_short_form, short_form_units

#: verb → English stems of its translations (lower case).
OBJECT_VERBS: dict[str, tuple[str, ...]] = {
    "引入": ("introduc", "incorporat"), "引进": ("introduc", "import"),
    "使用": ("us",), "采用": ("adopt", "us", "employ"), "利用": ("us", "exploit", "leverag"),
    "应用": ("appl",), "运用": ("us", "appl"), "借助": ("us", "help", "aid"),
    "提出": ("propos",), "设计": ("design",), "构建": ("build", "construct"),
    "搭建": ("build", "set"), "构造": ("construct", "build"), "开发": ("develop",),
    "部署": ("deploy",), "训练": ("train",), "微调": ("fine", "tun"),
    "优化": ("optimi",), "改进": ("improv",), "改善": ("improv",),
    "最小化": ("minimi",), "最大化": ("maximi",),
    "提升": ("improv", "boost", "enhanc", "rais"), "提高": ("improv", "increas", "rais"),
    "加入": ("add", "join"), "添加": ("add",), "增加": ("add", "increas"),
    "减少": ("reduc", "decreas"), "降低": ("reduc", "lower", "decreas"),
    "支持": ("support",), "依赖": ("depend", "rel"), "依靠": ("rel", "depend"),
    "需要": ("need", "requir"), "要求": ("requir", "demand"), "追求": ("pursu", "seek"),
    "保证": ("guarant", "ensur"), "确保": ("ensur",), "保障": ("ensur", "guarant", "secur"),
    "满足": ("meet",), "启用": ("enabl",), "禁用": ("disabl",), "允许": ("allow", "permit"),
    "兼容": ("compat",), "依托": ("rel", "build", "bas"),
    "完成": ("complet", "finish"), "执行": ("execut", "perform"),
    "调用": ("call", "invok"), "调节": ("adjust", "tun", "regulat"),
    "调整": ("adjust", "tun"), "控制": ("control",), "处理": ("process", "handl", "treat"),
    "解决": ("solv", "solut", "resolv", "address", "tackl"),
    "缓解": ("mitigat", "alleviat", "reliev", "eas"), "避免": ("avoid",),
    "防止": ("prevent",), "检测": ("detect",), "识别": ("recogni", "identif"),
    "分析": ("analy",), "评估": ("evaluat", "assess"), "测量": ("measur",),
    "计算": ("comput", "calculat"), "预测": ("predict", "forecast"), "学习": ("learn",),
    "理解": ("understand", "comprehen"), "研究": ("stud", "research"),
    "讨论": ("discuss",), "介绍": ("introduc", "present"), "描述": ("describ", "descript"),
    "探索": ("explor",), "观察": ("observ",), "关注": ("focus", "attent"),
    "收集": ("collect",), "采集": ("collect", "sampl"), "设置": ("set",),
    "配置": ("config",), "测试": ("test",), "调试": ("debug",), "搜索": ("search",),
    "获得": ("obtain", "gain", "acquir"), "得到": ("obtain", "get"),
    "掌握": ("master",), "发布": ("releas", "publish"), "推出": ("launch", "releas"),
    "开源": ("open",), "提供": ("provid", "offer"), "实现": ("implement", "achiev", "realiz"),
    "保护": ("protect",), "获取": ("obtain", "acquir", "get", "retriev"),
    "建立": ("establish", "build"), "导致": ("lead", "caus", "result"), "造成": ("caus",),
    "产生": ("produc", "generat"), "拥有": ("have", "own", "possess"),
    "具有": ("have", "possess"), "面临": ("fac",), "修复": ("fix", "repair"),
    "更新": ("updat",), "删除": ("delet", "remov"), "保存": ("sav", "stor"),
    "加载": ("load",), "下载": ("download",), "选择": ("select", "choos", "choic"),
    "定义": ("defin",), "解释": ("expla", "interpret"), "监控": ("monitor",),
    "引用": ("cit", "referenc", "quot"), "了解": ("understand", "know"),
    "实例化": ("instanti",), "初始化": ("initiali",), "导入": ("import",),
    "创建": ("creat",), "查看": ("view", "see", "check", "inspect"),
    "检查": ("check", "inspect", "examin"), "注意": ("attent", "notic", "mind"),
    "存储": ("stor", "sav"), "输入": ("input", "enter", "feed"), "输出": ("output", "emit"),
    "进入": ("enter", "entr"),
    "分为": ("divid", "split"), "划分为": ("divid", "split", "partition"),
    "转换为": ("convert", "transform"), "转化为": ("convert", "transform"),
    "变为": ("becom", "turn"), "变成": ("becom", "turn"),
    "用到": ("us",), "涉及": ("involv",), "考虑": ("consider",), "遇到": ("encounter", "meet"),
    "交换": ("exchang", "swap"), "声明": ("declar",), "发送": ("send", "sent"),
    "接收": ("receiv",), "传递": ("pass", "transmit", "transfer"), "读取": ("read",),
    "写入": ("writ",), "修改": ("modif", "chang", "edit"), "编写": ("writ",),
    "访问": ("access", "visit"), "分配": ("allocat", "assign"), "返回": ("return",),
    "替换": ("replac", "substitut"), "合并": ("merg", "combin"), "达到": ("reach", "achiev"),
    "代表": ("represent", "stand"), "表示": ("represent", "denot", "mean"),
}


def translates(verb: str, gloss_words: Iterable[str]) -> bool:
    """True when one of `gloss_words` translates the listed `verb`: an English word starting
    with one of its stems, or an abbreviation whose units include one of their initials."""
    stems = OBJECT_VERBS[verb]
    for word in gloss_words:
        if is_short_form(word):
            units = short_form_units(word)
            if any(stem[0] in units for stem in stems):
                return True
        elif any(part.startswith(stems) for part in re.split(r"[-/]", word.lower())):
            return True  # (a part of a joined word too: hidden-to-output)
    return False
