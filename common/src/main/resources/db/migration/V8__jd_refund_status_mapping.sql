-- JD line refunds (docs/unified-model.md, JD section): itemInfoList[].afsInfoList[].refundStatus carries JD's
-- refund-apply (退款审核单) status code. JD's POP search documentation lists no refund field, so these codes are our
-- reading of the refund-apply API as ERP write-ups describe it; an unlisted code is quarantined, never guessed.
INSERT INTO status_mapping (channel, kind, platform_value, unified_value, on_hold, note) VALUES
('JD', 'REFUND', '0', 'REQUESTED', FALSE, '未审核'),
('JD', 'REFUND', '1', 'REQUESTED', FALSE, '审核通过'),
('JD', 'REFUND', '2', 'NONE', FALSE, '审核不通过'),
('JD', 'REFUND', '3', 'REFUNDED', FALSE, '京东财务审核通过'),
('JD', 'REFUND', '4', 'NONE', FALSE, '京东财务审核不通过'),
('JD', 'REFUND', '5', 'REQUESTED', FALSE, '人工审核通过'),
('JD', 'REFUND', '6', 'REFUNDED', FALSE, '拦截并退款'),
('JD', 'REFUND', '7', 'REQUESTED', FALSE, '青龙拦截成功'),
('JD', 'REFUND', '8', 'NONE', FALSE, '青龙拦截失败'),
('JD', 'REFUND', '9', 'REFUNDED', FALSE, '强制关单并退款'),
('JD', 'REFUND', '10', 'REQUESTED', FALSE, '物流待跟进'),
('JD', 'REFUND', '11', 'NONE', FALSE, '用户撤销');
