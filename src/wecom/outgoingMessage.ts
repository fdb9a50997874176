// The messages the bot sends through message/send (发送应用消息, developer.work.weixin.qq.com/
// document/path/90236): text, markdown, and the button-interaction template card. The recipient
// and the agent id are added when sending.

export interface TemplateCardButton {
  /** The button's label (advised: at most 10 characters). */
  text: string;
  /** What comes back as EventKey when it is clicked (at most 1024 bytes, unique within the card). */
  key: string;
}

export interface ButtonInteractionCard {
  card_type: 'button_interaction';
  /** Unique per application; digits, letters and _-@, at most 128 bytes. */
  task_id: string;
  main_title: { title: string };
  sub_title_text?: string;
  /** At most 6. */
  button_list: TemplateCardButton[];
}

export type WeComMessage =
  | { msgtype: 'text'; text: { content: string } }
  | { msgtype: 'markdown'; markdown: { content: string } }
  | { msgtype: 'template_card'; template_card: ButtonInteractionCard };

/** The body message/send takes: a message, its recipient and the application. */
export type SendBody = WeComMessage & { touser: string; agentid: number };
