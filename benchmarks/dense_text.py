"""Dense gloss texts for the speed benchmark, written for it (not taken from any source).

- `study_note`: a Chinese study note in which every line glosses 3–6 terms, in both directions,
  with full- and half-width brackets, several equivalents in one bracket, a pronunciation now
  and then, and an aside or an example list among the glosses;
- `abbreviation_text`: English prose that defines an abbreviation in nearly every sentence,
  long form first and short form first, with a plain-English definition now and then.

Both are generated from small word lists with a fixed random seed, so every run mines the same
text.
"""

from __future__ import annotations

import random

ZH_EN = [
    ("梯度下降", "gradient descent"), ("注意力机制", "attention mechanism"),
    ("过拟合", "overfitting"), ("正则化", "regularization"), ("损失函数", "loss function"),
    ("学习率", "learning rate"), ("向量数据库", "vector database"), ("知识蒸馏", "distillation"),
    ("上下文窗口", "context window"), ("奖励模型", "reward model"), ("微调", "fine-tuning"),
    ("预训练", "pre-training"), ("嵌入向量", "embedding"), ("召回率", "recall"),
    ("精确率", "precision"), ("批量归一化", "batch normalization"), ("残差连接", "residual"),
    ("多模态检索模型", "multimodal retrieval model"), ("可迁移性", "transferability"),
    ("多智能体协作", "multi-agent collaboration"), ("思维链", "chain of thought"),
    ("幻觉", "hallucination"), ("对齐", "alignment"), ("推理", "inference"),
]
ABBR = [
    ("large language model", "LLM", "大语言模型"),
    ("retrieval-augmented generation", "RAG", "检索增强生成"),
    ("reinforcement learning", "RL", "强化学习"), ("mixture of experts", "MoE", "混合专家"),
    ("low-rank adaptation", "LoRA", "低秩适配"),
    ("key performance indicator", "KPI", "关键绩效指标"),
    ("graphics processing unit", "GPU", "图形处理器"),
    ("application programming interface", "API", "应用程序接口"),
    ("natural language processing", "NLP", "自然语言处理"),
    ("supervised fine-tuning", "SFT", "监督微调"),
    ("direct preference optimization", "DPO", "直接偏好优化"),
    ("Chain of Thought", "CoT", "思维链"),
    ("convolutional neural network", "CNN", "卷积神经网络"),
    ("recurrent neural network", "RNN", "循环神经网络"),
]
DEFS = [
    ("latency", "the time a request takes to be answered"),
    ("throughput", "how many requests are served per second"),
    ("tokenizer", "a program that cuts text into tokens"),
    ("checkpoint", "a saved copy of the model weights"),
]
ZH_FILLER = ["我们今天复习", "首先要理解", "这一节讲的是", "课上老师提到", "需要注意的是",
             "笔记里记下了", "和前面讲过的", "再看一下", "可以用来改进", "它依赖于"]
ZH_ASIDES = ["（见第三章）", "（如 GPT、Claude 等）", "（2023 年）", "（当时还很新）"]
EN_FILLER = ["In this chapter we use", "The team compared", "Most systems now rely on",
             "A common mistake with", "Benchmarks often report", "We later replaced",
             "The report explains", "Engineers tune"]


def study_note(rng: random.Random) -> str:
    """One line of a Chinese study note with 3–6 glosses."""
    parts = []
    for _ in range(rng.randint(3, 6)):
        zh, en = rng.choice(ZH_EN)
        open_, close = rng.choice((("（", "）"), ("(", ")")))
        kind = rng.random()
        if kind < 0.4:
            gloss = f"{zh}{open_}{en}{close}"
        elif kind < 0.7:
            gloss = f"{en} {open_}{zh}{close}"
        elif kind < 0.85:
            long_form, short, zh = rng.choice(ABBR)
            gloss = f"{zh}{open_}{long_form}，{short}{close}"
        else:
            gloss = f"{en} {open_}/ˈwɜːd/, {zh}{close}"
        parts.append(f"{rng.choice(ZH_FILLER)}{gloss}")
        if rng.random() < 0.15:
            parts.append(rng.choice(ZH_ASIDES))
    return "，".join(parts) + "。"


def abbreviation_text(rng: random.Random) -> str:
    """One paragraph of English prose that defines an abbreviation in nearly every sentence."""
    sentences = []
    for _ in range(rng.randint(3, 6)):
        long_form, short, _ = rng.choice(ABBR)
        kind = rng.random()
        if kind < 0.5:
            body = f"{long_form} ({short})"
        elif kind < 0.75:
            body = f"{short} ({long_form})"
        elif kind < 0.9:
            term, note = rng.choice(DEFS)
            body = f"{term} (i.e. {note})"
        else:
            body = f"{short} (see the appendix, page {rng.randint(2, 300)})"
        sentences.append(f"{rng.choice(EN_FILLER)} {body} in production.")
    return " ".join(sentences)


def dense_texts(target_bytes: int, seed: int = 7) -> dict[str, str]:
    """The two dense texts, each about `target_bytes` of UTF-8, keyed by a file name."""
    rng = random.Random(seed)
    out = {}
    for name, make in (("dense_study_note.txt", study_note),
                       ("dense_abbreviations.txt", abbreviation_text)):
        lines, size = [], 0
        while size < target_bytes:
            line = make(rng)
            lines.append(line)
            size += len(line.encode("utf-8")) + 2
        out[name] = "\n\n".join(lines)
    return out
