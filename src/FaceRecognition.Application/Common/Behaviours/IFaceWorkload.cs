namespace FaceRecognition.Application.Common.Behaviours;

/// <summary>Marks a request that decodes images and runs the face models: CPU- and memory-heavy work.</summary>
public interface IFaceWorkload;
